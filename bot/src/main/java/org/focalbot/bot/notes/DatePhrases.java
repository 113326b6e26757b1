package org.focalbot.bot.notes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time phrases people use when looking for notes — "last month", "since March", "this
 * week", "between 1 and 15 May", "in 2024", "before 2025-03-01", "in the last 10 days" — against
 * an injected clock and time zone. A day or month without a year means the most recent one that
 * has started. Weeks start on Monday.
 */
public final class DatePhrases {

    /** A time phrase found inside a longer text, with where it was. */
    public record Found(DateRange range, int start, int end) {
    }

    /** One calendar span: a day, a month, a year, a week. */
    private record Span(LocalDate start, LocalDate end, String label) {
    }

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "(?:19|20)\\d{2}(?!\\d)";
    private static final String DATE = "(?:\\d{4}-\\d{2}-\\d{2}"
            + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?"
            + "|" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?"
            + "|" + MONTH + "(?:\\s+" + YEAR + ")?"
            + "|" + YEAR
            + "|today|yesterday|(?:this|last|previous)\\s+(?:week|month|year))";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:between\\s+(" + DATE + "|" + DAY + ")\\s+and\\s+(" + DATE + ")"
                    + "|from\\s+(" + DATE + "|" + DAY + ")\\s+(?:to|until|till|through)\\s+(" + DATE + "))(?![\\w-])", FLAGS);
    private static final Pattern SINCE = Pattern.compile(
            "\\b(since|after|starting(?:\\s+from)?)\\s+(" + DATE + ")(?![\\w-])", FLAGS);
    private static final Pattern BEFORE = Pattern.compile(
            "\\b(before|until|till|up\\s+to)\\s+(" + DATE + ")(?![\\w-])", FLAGS);
    private static final Pattern DURING = Pattern.compile(
            "\\b(?:in|during|on|from)\\s+(" + DATE + ")(?![\\w-])", FLAGS);
    private static final Pattern TRAILING = Pattern.compile(
            "\\b(?:(?:in|over|during)\\s+)?(?:the\\s+)?(?:last|past|previous)\\s+(\\d{1,4}|a|one|two|three|four|five|six|seven"
                    + "|eight|nine|ten|twelve)?\\s*(day|week|month|year)s?(?![\\w-])", FLAGS);
    private static final Pattern BARE = Pattern.compile(
            "\\b(today|yesterday|this\\s+(?:week|month|year))(?![\\w-])", FLAGS);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12));
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;

    public DatePhrases(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The first time phrase in {@code text}, if any. */
    public Optional<Found> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {BETWEEN, SINCE, BEFORE, TRAILING, DURING, BARE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<DateRange> range = rangeOf(p, m);
                if (range.isPresent()) {
                    Found f = new Found(range.get(), m.start(), m.end());
                    if (best == null || f.start() < best.start()
                            || (f.start() == best.start() && f.end() > best.end())) {
                        best = f;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The whole of {@code phrase} as a time span ("last month", "since 2025-03-01", "2024"). */
    public Optional<DateRange> parse(String phrase) {
        String p = phrase.strip();
        Optional<Found> found = find(p);
        if (found.isPresent() && found.get().start() == 0 && found.get().end() == p.length()) {
            return Optional.of(found.get().range());
        }
        if (p.matches("(?i)" + DATE)) {
            return span(p).map(s -> range(s.start(), s.end(), s.label()));
        }
        return Optional.empty();
    }

    private Optional<DateRange> rangeOf(Pattern p, Matcher m) {
        if (p == BETWEEN) {
            String a = m.group(1) != null ? m.group(1) : m.group(3);
            String b = m.group(1) != null ? m.group(2) : m.group(4);
            Optional<Span> end = span(b);
            if (end.isEmpty()) {
                return Optional.empty();
            }
            // "between 1 and 15 May": the first day borrows the month and year of the second.
            Optional<Span> start = a.matches("\\d{1,2}(?:st|nd|rd|th)?")
                    ? dayOfMonth(a, end.get().start())
                    : span(a);
            return start.filter(s -> !s.start().isAfter(end.get().start()))
                    .map(s -> range(s.start(), end.get().end(), "between " + s.label() + " and " + end.get().label()));
        }
        if (p == SINCE) {
            boolean after = m.group(1).toLowerCase(Locale.ROOT).equals("after");
            return span(m.group(2)).map(s -> after
                    ? range(s.end(), null, "after " + s.label())
                    : range(s.start(), null, "since " + s.label()));
        }
        if (p == BEFORE) {
            boolean before = m.group(1).toLowerCase(Locale.ROOT).equals("before");
            return span(m.group(2)).map(s -> before
                    ? range(null, s.start(), "before " + s.label())
                    : range(null, s.end(), "until " + s.label()));
        }
        if (p == DURING) {
            return span(m.group(1)).map(s -> range(s.start(), s.end(),
                    s.label().matches("(last|this|today|yesterday).*") ? s.label() : "in " + s.label()));
        }
        if (p == TRAILING) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (m.group(1) == null) {
                // "last week", "past month" on their own: the previous calendar period.
                return span("last " + unit).map(s -> range(s.start(), s.end(), s.label()));
            }
            int n = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
            LocalDate today = today();
            LocalDate start = switch (unit) {
                case "day" -> today.minusDays(n - 1L);
                case "week" -> today.minusWeeks(n).plusDays(1);
                case "month" -> today.minusMonths(n).plusDays(1);
                default -> today.minusYears(n).plusDays(1);
            };
            return Optional.of(range(start, null, "in the last " + n + " " + unit + (n == 1 ? "" : "s")));
        }
        return span(m.group(1)).map(s -> range(s.start(), s.end(), s.label()));
    }

    private Optional<Span> span(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(".", "").replace(",", "");
        LocalDate today = today();
        switch (s) {
            case "today":
                return Optional.of(new Span(today, today.plusDays(1), "today"));
            case "yesterday":
                return Optional.of(new Span(today.minusDays(1), today, "yesterday"));
            case "this week": {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new Span(monday, monday.plusWeeks(1), "this week"));
            }
            case "last week", "previous week": {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return Optional.of(new Span(monday, monday.plusWeeks(1), "last week (from " + DAY_LABEL.format(monday) + ")"));
            }
            case "this month": {
                LocalDate first = today.withDayOfMonth(1);
                return Optional.of(new Span(first, first.plusMonths(1), "this month"));
            }
            case "last month", "previous month": {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                return Optional.of(new Span(first, first.plusMonths(1), "last month (" + MONTH_LABEL.format(first) + ")"));
            }
            case "this year": {
                LocalDate first = today.withDayOfYear(1);
                return Optional.of(new Span(first, first.plusYears(1), "this year"));
            }
            case "last year", "previous year": {
                LocalDate first = today.withDayOfYear(1).minusYears(1);
                return Optional.of(new Span(first, first.plusYears(1), "last year (" + first.getYear() + ")"));
            }
            default:
                break;
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate d = LocalDate.parse(s);
                return Optional.of(new Span(d, d.plusDays(1), DAY_LABEL.format(d)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (s.matches(YEAR)) {
            LocalDate first = LocalDate.of(Integer.parseInt(s), 1, 1);
            return Optional.of(new Span(first, first.plusYears(1), s));
        }
        Matcher dm = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)(?: (\\d{4}))?").matcher(s);
        Matcher md = Pattern.compile("([a-z]+) (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?").matcher(s);
        Matcher my = Pattern.compile("([a-z]+)(?: (\\d{4}))?").matcher(s);
        if (dm.matches()) {
            return day(dm.group(2), dm.group(1), dm.group(3));
        }
        if (md.matches()) {
            return day(md.group(1), md.group(2), md.group(3));
        }
        if (my.matches()) {
            Optional<Month> month = month(my.group(1));
            if (month.isEmpty()) {
                return Optional.empty();
            }
            LocalDate first = LocalDate.of(today.getYear(), month.get(), 1);
            if (my.group(2) != null) {
                first = first.withYear(Integer.parseInt(my.group(2)));
            } else if (first.isAfter(today)) {
                first = first.minusYears(1);
            }
            return Optional.of(new Span(first, first.plusMonths(1), MONTH_LABEL.format(first)));
        }
        return Optional.empty();
    }

    private Optional<Span> day(String monthName, String dayOfMonth, String year) {
        Optional<Month> month = month(monthName);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today();
        int y = year != null ? Integer.parseInt(year) : today.getYear();
        int d = Integer.parseInt(dayOfMonth);
        if (d < 1 || d > month.get().length(java.time.Year.isLeap(y))) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(y, month.get(), d);
        if (year == null && date.isAfter(today)) {
            date = date.minusYears(1);
        }
        return Optional.of(new Span(date, date.plusDays(1), DAY_LABEL.format(date)));
    }

    private Optional<Span> dayOfMonth(String raw, LocalDate inMonthOf) {
        int d = Integer.parseInt(raw.replaceAll("\\D", ""));
        if (d < 1 || d > inMonthOf.lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate date = inMonthOf.withDayOfMonth(d);
        return Optional.of(new Span(date, date.plusDays(1), DAY_LABEL.format(date)));
    }

    private static Optional<Month> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return Optional.empty();
        }
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (full.startsWith(n) && (n.length() == 3 || n.equals("sept")))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private DateRange range(LocalDate from, LocalDate to, String label) {
        return new DateRange(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.atStartOfDay(zone).toInstant(), label);
    }
}
