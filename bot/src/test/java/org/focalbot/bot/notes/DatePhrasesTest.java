package org.focalbot.bot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatePhrasesTest {

    /** Wednesday 16 April 2025, mid-morning. */
    private final DatePhrases dates = new DatePhrases(Clock.fixed(Instant.parse("2025-04-16T10:15:00Z"), ZoneOffset.UTC),
            ZoneOffset.UTC);

    private static Instant day(String d) {
        return Instant.parse(d + "T00:00:00Z");
    }

    private DateRange in(String text) {
        return dates.find(text).orElseThrow(() -> new AssertionError("no date phrase found in: " + text)).range();
    }

    @Test
    void lastMonthIsThePreviousCalendarMonth() {
        DateRange r = in("notes about the MoU from last month");
        assertEquals(day("2025-03-01"), r.from());
        assertEquals(day("2025-04-01"), r.to());
    }

    @Test
    void sinceAMonthMeansSinceItsMostRecentStart() {
        DateRange r = in("notes for water alliance since March");
        assertEquals(day("2025-03-01"), r.from());
        assertNull(r.to());
        assertEquals(day("2024-05-01"), in("since May").from(), "May has not started yet this year");
    }

    @Test
    void weeksStartOnMonday() {
        DateRange thisWeek = in("what happened this week");
        assertEquals(day("2025-04-14"), thisWeek.from());
        assertEquals(day("2025-04-21"), thisWeek.to());
        DateRange lastWeek = in("last week");
        assertEquals(day("2025-04-07"), lastWeek.from());
        assertEquals(day("2025-04-14"), lastWeek.to());
    }

    @Test
    void trailingPeriodsCountBackFromToday() {
        assertEquals(day("2025-04-07"), in("in the last 10 days").from());
        assertEquals(day("2025-04-10"), in("past seven days").from());
    }

    @Test
    void explicitDatesAndRangesAreRead() {
        DateRange between = in("between 1 and 15 March");
        assertEquals(day("2025-03-01"), between.from());
        assertEquals(day("2025-03-16"), between.to());
        assertEquals(day("2025-02-01"), in("before 2025-02-01").to());
        assertEquals(day("2025-02-02"), in("until 1 February 2025").to());
        DateRange year = in("notes in 2024");
        assertEquals(day("2024-01-01"), year.from());
        assertEquals(day("2025-01-01"), year.to());
        assertEquals(day("2025-04-15"), in("yesterday").from());
    }

    @Test
    void ordinaryWordsAreNotMistakenForDates() {
        assertEquals(Optional.empty(), dates.find("the MoU may slip"));
        assertEquals(Optional.empty(), dates.find("notes on the march for water"));
    }

    @Test
    void aWholePhraseCanBeParsedForTheApi() {
        assertTrue(dates.parse("last month").isPresent());
        assertTrue(dates.parse("2025-03-01").isPresent());
        assertEquals(Optional.empty(), dates.parse("next blue moon"));
    }

    @Test
    void theTimeZoneDecidesWhereADayStarts() {
        ZoneId nairobi = ZoneId.of("Africa/Nairobi");
        DatePhrases local = new DatePhrases(Clock.fixed(Instant.parse("2025-04-16T10:15:00Z"), nairobi), nairobi);
        assertEquals(Instant.parse("2025-04-15T21:00:00Z"), local.find("today").orElseThrow().range().from());
    }
}
