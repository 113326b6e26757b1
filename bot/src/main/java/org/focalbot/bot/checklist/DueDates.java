package org.focalbot.bot.checklist;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a due date in free text ("by 15 May", "May 15th", "2026-06-01", "end of June", "next Friday",
 * "in two weeks") and resolves it against today's date: a day and month without a year means the next
 * time that date comes round.
 */
final class DueDates {

    /** A date found in a text, with where it was (so the rest of the text can be read without it). */
    record Found(LocalDate date, int start, int end) {
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|tue|tues|thu|thur|thurs|fri)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String PREPOSITION = "(?:(?:by|before|due(?: on| by)?|until|till|deadline:?|on|for)\\s+)?";

    private static final Pattern DATE = Pattern.compile("(?<![\\w/-])" + PREPOSITION + "(?:"
            + "(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})"
            + "|(?<dmD>\\d{1,2})" + ORDINAL + "(?:\\s+of)?\\s+(?<dmM>" + MONTH + ")\\.?(?:,?\\s+(?<dmY>\\d{4}))?"
            + "|(?<mdM>" + MONTH + ")\\.?\\s+(?<mdD>\\d{1,2})" + ORDINAL + "(?:,?\\s+(?<mdY>\\d{4}))?"
            + "|(?<slD>\\d{1,2})/(?<slM>\\d{1,2})(?:/(?<slY>\\d{2}|\\d{4}))?"
            + "|end of (?:the )?(?<endOf>week|month|year|" + MONTH + ")"
            + "|(?<rel>today|tomorrow|tonight|next week)"
            + "|(?:next |this )?(?<weekday>" + WEEKDAY + ")"
            + "|in (?<inN>\\d{1,2}|one|two|three|four|five|six|a|an) (?<inUnit>days?|weeks?|months?)"
            + ")(?![\\w/-])", Pattern.CASE_INSENSITIVE);

    private DueDates() {
    }

    /** The first date in {@code text}, resolved against {@code today}. */
    static Optional<Found> find(String text, LocalDate today) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = resolve(m, today);
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> resolve(Matcher m, LocalDate today) {
        try {
            if (m.group("isoY") != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")),
                        Integer.parseInt(m.group("isoD"))));
            }
            if (m.group("dmD") != null) {
                return dayMonth(Integer.parseInt(m.group("dmD")), month(m.group("dmM")), m.group("dmY"), today);
            }
            if (m.group("mdD") != null) {
                return dayMonth(Integer.parseInt(m.group("mdD")), month(m.group("mdM")), m.group("mdY"), today);
            }
            if (m.group("slD") != null) {
                return dayMonth(Integer.parseInt(m.group("slD")), Integer.parseInt(m.group("slM")), m.group("slY"),
                        today);
            }
            if (m.group("endOf") != null) {
                return Optional.of(endOf(m.group("endOf").toLowerCase(Locale.ROOT), today));
            }
            if (m.group("rel") != null) {
                return Optional.of(switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                    case "tomorrow" -> today.plusDays(1);
                    case "next week" -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(4);
                    default -> today;
                });
            }
            if (m.group("weekday") != null) {
                return Optional.of(today.with(TemporalAdjusters.next(weekday(m.group("weekday")))));
            }
            if (m.group("inN") != null) {
                int n = number(m.group("inN"));
                String unit = m.group("inUnit").toLowerCase(Locale.ROOT);
                return Optional.of(unit.startsWith("day") ? today.plusDays(n)
                        : unit.startsWith("week") ? today.plusWeeks(n) : today.plusMonths(n));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // "31 February" and friends: not a date, keep looking.
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dayMonth(int day, int month, String year, LocalDate today) {
        if (year != null) {
            int y = Integer.parseInt(year);
            return Optional.of(LocalDate.of(y < 100 ? 2000 + y : y, month, day));
        }
        LocalDate date = LocalDate.of(today.getYear(), month, day);
        return Optional.of(date.isBefore(today) ? date.plusYears(1) : date);
    }

    private static LocalDate endOf(String what, LocalDate today) {
        return switch (what) {
            case "week" -> today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            case "month" -> today.with(TemporalAdjusters.lastDayOfMonth());
            case "year" -> today.with(TemporalAdjusters.lastDayOfYear());
            default -> {
                LocalDate end = today.withDayOfMonth(1).withMonth(month(what)).with(TemporalAdjusters.lastDayOfMonth());
                yield end.isBefore(today) ? end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth()) : end;
            }
        };
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static DayOfWeek weekday(String name) {
        String d = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(d)) {
                return day;
            }
        }
        throw new DateTimeException("no weekday " + name);
    }

    private static int number(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> Integer.parseInt(word);
        };
    }
}
