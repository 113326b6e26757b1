package org.focalbot.bot.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads digest requests from free text. Times without am/pm are read as working hours
 * (7–11 morning, 12 noon, 1–6 afternoon); the confirmation always states the time it understood.
 */
public final class DigestRequestParser {

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    /** UN duty stations whose names are not IANA zone cities. */
    private static final Map<String, String> CITY_ALIASES = Map.of(
            "geneva", "Europe/Zurich", "turin", "Europe/Rome", "washington", "America/New_York",
            "the hague", "Europe/Amsterdam", "bonn", "Europe/Berlin", "montreal", "America/Toronto",
            "nyc", "America/New_York", "hague", "Europe/Amsterdam");

    private static final Pattern DAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)s?\\b");
    private static final Pattern TIME = Pattern.compile(
            "(?:\\bat\\s+|@\\s*|\\b)(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|h|o'?clock)?(?=\\W|$)");
    private static final Pattern NOON = Pattern.compile("\\b(noon|midday)\\b");
    private static final Pattern IANA = Pattern.compile("\\b([A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)\\b");
    private static final Pattern UTC = Pattern.compile("\\b(utc|gmt)\\b");
    private static final Pattern CITY_TIME = Pattern.compile("\\b([a-z][a-z ]{2,30}?) time\\b");
    private static final Pattern ONLY_FOR = Pattern.compile("\\b(?:(?:only|just) (?:for|about|on|covering)|(?:limit|restrict)"
            + "(?: it| the digest| this| the weekly digest)? to|covering only) (.+?)(?:\\s+only)?(?=\\s+(?:on|at|every|each)\\b|[.!?]|$)");

    private static final Pattern UNSUBSCRIBE = Pattern.compile(
            "\\b(stop|cancel|unsubscribe|turn off|switch off|disable|no more|don'?t send|do not send|end)\\b");
    private static final Pattern PREVIEW = Pattern.compile(
            "\\b(preview|draft|what would|what will|show me|let me see|peek)\\b");
    private static final Pattern NOW = Pattern.compile("\\b(now|right away|immediately|straight away|asap)\\b");
    private static final Pattern STATUS = Pattern.compile(
            "\\b(status|when (?:is|does|do|will)|which day|what time|is (?:the|our|my) digest (?:on|active|set)|am i subscribed|are we subscribed)\\b");
    private static final Pattern SUBSCRIBE = Pattern.compile(
            "\\b(subscribe|sign (?:me|us) up|every|weekly|each week|change|move|switch|reschedule|set|schedule|send|post|deliver|start)\\b");

    public DigestRequest parse(String text) {
        String raw = text == null ? "" : text.strip();
        String t = raw.toLowerCase(Locale.ROOT);
        Optional<DayOfWeek> day = day(t);
        Optional<LocalTime> time = time(t);
        Optional<ZoneId> zone = zone(raw, t);
        List<String> only = new ArrayList<>();
        Matcher m = ONLY_FOR.matcher(t);
        if (m.find()) {
            for (String part : m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                String name = part.replaceFirst("^the\\s+", "").strip();
                if (!name.isEmpty()) {
                    only.add(name);
                }
            }
        }
        boolean all = t.matches(".*\\b(all|every|each) (of the |our )?partnerships\\b.*");
        Optional<Boolean> skipQuiet = t.matches(".*\\bskip (the )?quiet weeks?\\b.*") ? Optional.of(true)
                : t.matches(".*\\b(even (when|if|in) (it'?s )?quiet|send quiet weeks?|don'?t skip)\\b.*") ? Optional.of(false)
                : Optional.empty();

        DigestRequest.Kind kind;
        if (UNSUBSCRIBE.matcher(t).find() && !t.contains("stop skipping")) {
            kind = DigestRequest.Kind.UNSUBSCRIBE;
        } else if (PREVIEW.matcher(t).find()) {
            kind = DigestRequest.Kind.PREVIEW;
        } else if (NOW.matcher(t).find() && day.isEmpty()) {
            kind = DigestRequest.Kind.SEND_NOW;
        } else if (STATUS.matcher(t).find() && day.isEmpty() && time.isEmpty()) {
            kind = DigestRequest.Kind.STATUS;
        } else if (SUBSCRIBE.matcher(t).find() || day.isPresent() || time.isPresent() || !only.isEmpty()
                || skipQuiet.isPresent()) {
            kind = DigestRequest.Kind.SUBSCRIBE;
        } else {
            kind = DigestRequest.Kind.HELP;
        }
        return new DigestRequest(kind, day, time, zone, only, all, skipQuiet);
    }

    static Optional<DayOfWeek> day(String t) {
        Matcher m = DAY.matcher(t);
        while (m.find()) {
            String word = m.group(1);
            // "sat"/"sun"/"wed"/"mon" are also ordinary words only when standing alone in odd places; accept them.
            DayOfWeek d = DAYS.get(word);
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static Optional<LocalTime> time(String t) {
        if (NOON.matcher(t).find()) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher m = TIME.matcher(t);
        while (m.find()) {
            boolean explicit = m.group(0).strip().startsWith("at") || m.group(0).contains("@") || m.group(2) != null
                    || m.group(3) != null;
            if (!explicit) {
                continue; // a bare number ("top 3 notes") is not a time
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String suffix = m.group(3) == null ? "" : m.group(3).replace(".", "");
            if (hour > 23 || minute > 59 || (!suffix.isEmpty() && (suffix.equals("am") || suffix.equals("pm")) && hour > 12)) {
                continue;
            }
            if (suffix.equals("pm") && hour < 12) {
                hour += 12;
            } else if (suffix.equals("am") && hour == 12) {
                hour = 0;
            } else if (suffix.isEmpty() && m.group(2) == null && hour >= 1 && hour <= 6) {
                hour += 12; // "at 5": a digest at five in the morning is far less likely than in the afternoon
            }
            return Optional.of(LocalTime.of(hour, minute));
        }
        return Optional.empty();
    }

    static Optional<ZoneId> zone(String raw, String lower) {
        Matcher iana = IANA.matcher(raw);
        while (iana.find()) {
            try {
                return Optional.of(ZoneId.of(iana.group(1)));
            } catch (RuntimeException notAZone) {
                // "Water/Sanitation" is not a zone; keep looking
            }
        }
        if (UTC.matcher(lower).find()) {
            return Optional.of(ZoneId.of("UTC"));
        }
        Matcher city = CITY_TIME.matcher(lower);
        while (city.find()) {
            String phrase = city.group(1).strip();
            for (Map.Entry<String, String> alias : CITY_ALIASES.entrySet()) {
                if (phrase.equals(alias.getKey()) || phrase.endsWith(" " + alias.getKey())) {
                    return Optional.of(ZoneId.of(alias.getValue()));
                }
            }
            String[] words = phrase.split(" ");
            // try the last one or two words as an IANA city ("new york time", "nairobi time")
            for (int take = Math.min(2, words.length); take >= 1; take--) {
                String name = String.join("_", java.util.Arrays.copyOfRange(words, words.length - take, words.length));
                for (String id : ZoneId.getAvailableZoneIds()) {
                    int slash = id.lastIndexOf('/');
                    if (slash > 0 && id.substring(slash + 1).equalsIgnoreCase(name) && !id.startsWith("Etc/")
                            && !id.startsWith("SystemV/")) {
                        return Optional.of(ZoneId.of(id));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
