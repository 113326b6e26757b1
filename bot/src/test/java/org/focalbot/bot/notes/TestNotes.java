package org.focalbot.bot.notes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Small builders shared by the notes tests. */
public final class TestNotes {

    private TestNotes() {
    }

    public static Note note(String workspace, String id, String partnershipId, String text, String author,
                            boolean privateNote, Instant createdAt, String... tags) {
        return new Note(id, workspace, partnershipId, text, List.of(tags), privateNote, author, author, "web:local",
                createdAt, createdAt, 1, null);
    }

    /** A clock tests move forward by hand. */
    public static final class MutableClock extends Clock {
        private Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        public void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
