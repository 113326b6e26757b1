package org.focalbot.bot.notes;

import java.time.Instant;
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
}
