package org.focalbot.bot.notes;

import java.time.Instant;

/**
 * A span of time to filter notes by, from inclusive to exclusive; either end may be open (null).
 *
 * @param label how to say it back to the user ("since 1 March 2025")
 */
public record DateRange(Instant from, Instant to, String label) {

    public static final DateRange ANY = new DateRange(null, null, "any time");

    public boolean contains(Instant t) {
        return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
    }
}
