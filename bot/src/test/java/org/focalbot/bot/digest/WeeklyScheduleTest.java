package org.focalbot.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static WeeklySchedule at(DayOfWeek day, String time, String zone) {
        return new WeeklySchedule(day, LocalTime.parse(time), ZoneId.of(zone));
    }

    @Test
    void mondayNineIsTheRightInstantInThreeZones() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z"); // a Tuesday
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"),
                at(DayOfWeek.MONDAY, "09:00", "Europe/Zurich").lastDueAtOrBefore(now));
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"),
                at(DayOfWeek.MONDAY, "09:00", "America/New_York").lastDueAtOrBefore(now));
        assertEquals(Instant.parse("2026-11-23T03:30:00Z"),
                at(DayOfWeek.MONDAY, "09:00", "Asia/Kolkata").lastDueAtOrBefore(now));
        assertEquals(Instant.parse("2026-11-22T20:00:00Z"),
                at(DayOfWeek.MONDAY, "09:00", "Pacific/Auckland").lastDueAtOrBefore(now));
    }

    @Test
    void theSlotOnTheSameDayButLaterBelongsToNextWeek() {
        WeeklySchedule s = at(DayOfWeek.MONDAY, "09:00", "UTC");
        Instant mondayMorning = Instant.parse("2026-11-23T08:59:00Z");
        assertEquals(Instant.parse("2026-11-16T09:00:00Z"), s.lastDueAtOrBefore(mondayMorning));
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), s.nextAfter(mondayMorning));
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), s.lastDueAtOrBefore(Instant.parse("2026-11-23T09:00:00Z")));
        assertEquals(Instant.parse("2026-11-30T09:00:00Z"), s.nextAfter(Instant.parse("2026-11-23T09:00:00Z")));
    }

    @Test
    void localTimeIsKeptAcrossTheAutumnDaylightSavingChange() {
        WeeklySchedule paris = at(DayOfWeek.MONDAY, "09:00", "Europe/Paris");
        // Summer time (UTC+2) ends on Sunday 25 October 2026.
        assertEquals(Instant.parse("2026-10-19T07:00:00Z"), paris.lastDueAtOrBefore(Instant.parse("2026-10-20T00:00:00Z")));
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), paris.lastDueAtOrBefore(Instant.parse("2026-10-27T00:00:00Z")));
        WeeklySchedule ny = at(DayOfWeek.MONDAY, "09:00", "America/New_York");
        // US daylight time ends on Sunday 1 November 2026.
        assertEquals(Instant.parse("2026-10-26T13:00:00Z"), ny.lastDueAtOrBefore(Instant.parse("2026-10-27T00:00:00Z")));
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), ny.lastDueAtOrBefore(Instant.parse("2026-11-03T00:00:00Z")));
    }

    @Test
    void aSlotInsideTheSpringGapMovesForwardAndHappensOnce() {
        // London clocks jump from 01:00 to 02:00 on Sunday 28 March 2027; 01:30 does not exist that day.
        WeeklySchedule s = at(DayOfWeek.SUNDAY, "01:30", "Europe/London");
        Instant due = s.lastDueAtOrBefore(Instant.parse("2027-03-28T12:00:00Z"));
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), due); // 02:30 BST
        assertEquals("2027-03-28", s.periodOf(due));
        assertEquals(Instant.parse("2027-03-21T01:30:00Z"), s.lastDueAtOrBefore(due.minusSeconds(1)));
    }

    @Test
    void aSlotInsideTheAutumnOverlapTakesTheEarlierOffsetOnce() {
        // London clocks go back from 02:00 to 01:00 on Sunday 25 October 2026; 01:30 happens twice.
        WeeklySchedule s = at(DayOfWeek.SUNDAY, "01:30", "Europe/London");
        Instant due = s.lastDueAtOrBefore(Instant.parse("2026-10-25T12:00:00Z"));
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), due);
        assertEquals(due, s.lastDueAtOrBefore(Instant.parse("2026-10-25T01:30:00Z")), "the second 01:30 is not a new slot");
    }

    @Test
    void itDescribesItselfForPeople() {
        assertEquals("Fridays at 08:00 (Africa/Nairobi)", at(DayOfWeek.FRIDAY, "08:00", "Africa/Nairobi").describe());
    }
}
