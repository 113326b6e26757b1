package org.focalbot.bot.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A weekly slot in a time zone ("Mondays at 09:00, Africa/Nairobi"), turned into instants with
 * the zone's rules: a slot inside a daylight-saving gap moves forward by the gap, a slot inside an
 * overlap takes the earlier offset, so each week has exactly one instant.
 */
public record WeeklySchedule(DayOfWeek day, LocalTime time, ZoneId zone) {

    public static final WeeklySchedule DEFAULT_UTC = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0),
            ZoneId.of("UTC"));

    public WeeklySchedule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        time = time.withSecond(0).withNano(0);
    }

    /** The most recent scheduled instant at or before {@code now}. */
    public Instant lastDueAtOrBefore(Instant now) {
        LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(day));
        Instant candidate = at(date);
        return candidate.isAfter(now) ? at(date.minusWeeks(1)) : candidate;
    }

    /** The first scheduled instant strictly after {@code now}. */
    public Instant nextAfter(Instant now) {
        LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        Instant candidate = at(date);
        return candidate.isAfter(now) ? candidate : at(date.plusWeeks(1));
    }

    /** The period a scheduled instant belongs to: its local date, e.g. "2026-11-30". */
    public String periodOf(Instant due) {
        return due.atZone(zone).toLocalDate().toString();
    }

    /** The instant of the slot on a given local date. */
    public Instant at(LocalDate date) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** "Mondays at 09:00 (UTC)". */
    public String describe() {
        String d = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return d + "s at " + time + " (" + zone.getId() + ")";
    }
}
