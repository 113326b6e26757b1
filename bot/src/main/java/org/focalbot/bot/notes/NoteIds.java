package org.focalbot.bot.notes;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Makes record ids that sort by creation time (so new notes land at the end of the store's B-tree
 * and a commit rewrites few nodes) and end in a random part that serves as a short chat reference.
 */
public final class NoteIds {

    static final int REF_LENGTH = 6;
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final Clock clock;
    private final RandomGenerator random;
    /** Ids made by one process strictly increase, even within a millisecond or under a stopped clock. */
    private final AtomicLong last = new AtomicLong(-1);

    public NoteIds(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    public NoteIds(Clock clock) {
        this(clock, new SecureRandom());
    }

    /**
     * A new id: prefix, 9 base-36 digits of epoch milliseconds (bumped by one when a second id is
     * made in the same millisecond), then the random reference part.
     */
    public String next(String prefix) {
        long now = Math.max(0, clock.millis());
        String millis = Long.toString(last.updateAndGet(prev -> Math.max(prev + 1, now)), 36);
        StringBuilder sb = new StringBuilder(prefix);
        sb.append("0".repeat(Math.max(0, 9 - millis.length()))).append(millis);
        for (int i = 0; i < REF_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The short reference of an id (its random tail). */
    public static String refOf(String id) {
        return id.length() <= REF_LENGTH ? id : id.substring(id.length() - REF_LENGTH);
    }

    /** Whether text looks like a short reference or a full id. */
    public static boolean looksLikeRef(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        return s.length() >= REF_LENGTH && s.length() <= 20 && s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
