package org.focalbot.bot.nlu;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the weekday and time of day in a scheduling message: "Fridays at 8", "Monday 9:30",
 * "8am", "at 16:00", "17h", "at noon". A bare number counts as an hour only after "at" or right
 * after a weekday, so dates such as "12 June" are not read as times; a bare hour from 1 to 6
 * ("at 5") is read as afternoon, because working messages rarely mean five in the morning.
 */
public final class TimeOfWeek {

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final String DAY_WORDS = "monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu"
            + "|friday|fri|saturday|sunday";
    private static final Pattern DAY = Pattern.compile("\\b(" + DAY_WORDS + ")s?\\b");
    private static final String CLOCK = "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";
    private static final Pattern WITH_COLON_OR_MERIDIEM =
            Pattern.compile("(?<![\\d.:/])(\\d{1,2})(?:[:h](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?|\\s*(am|pm|a\\.m\\.|p\\.m\\.))(?![\\w])");
    private static final Pattern AFTER_AT_OR_DAY =
            Pattern.compile("\\b(?:at|@|" + DAY_WORDS + ")s?\\s+" + CLOCK + "(?![\\d\\w])");
    private static final Pattern HOURS_H = Pattern.compile("(?<![\\d.:/])(\\d{1,2})h(?![\\w])");
    private static final Pattern NAMED = Pattern.compile("\\b(noon|midday|midnight)\\b");

    private TimeOfWeek() {
    }

    public static Optional<DayOfWeek> weekday(String text) {
        Matcher m = DAY.matcher(text.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of(DAYS.get(m.group(1))) : Optional.empty();
    }

    public static Optional<LocalTime> time(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher hoursH = HOURS_H.matcher(lower);
        if (hoursH.find()) {
            Optional<LocalTime> t = clock(hoursH.group(1), null, "24h");
            if (t.isPresent()) {
                return t;
            }
        }
        Matcher m = WITH_COLON_OR_MERIDIEM.matcher(lower);
        while (m.find()) {
            String meridiem = m.group(3) != null ? m.group(3) : m.group(4);
            Optional<LocalTime> t = clock(m.group(1), m.group(2), meridiem);
            if (t.isPresent()) {
                return t;
            }
        }
        m = AFTER_AT_OR_DAY.matcher(lower);
        while (m.find()) {
            String meridiem = m.group(3) == null && m.group(2) == null ? "bare" : m.group(3);
            Optional<LocalTime> t = clock(m.group(1), m.group(2), meridiem);
            if (t.isPresent()) {
                return t;
            }
        }
        m = NAMED.matcher(lower);
        if (m.find()) {
            return Optional.of(m.group(1).equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON);
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> clock(String hours, String minutes, String meridiem) {
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        if (min > 59) {
            return Optional.empty();
        }
        if ("bare".equals(meridiem)) {
            // "at 5": afternoon; "at 8": morning; "at 17": as written.
            return h > 23 ? Optional.empty() : Optional.of(LocalTime.of(h >= 1 && h <= 6 ? h + 12 : h, 0));
        }
        if (meridiem != null && !"24h".equals(meridiem)) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            boolean pm = meridiem.startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
        }
        return h > 23 ? Optional.empty() : Optional.of(LocalTime.of(h, min));
    }
}
