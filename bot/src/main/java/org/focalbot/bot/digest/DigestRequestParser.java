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
import org.focalbot.bot.nlu.TimeOfWeek;

/**
 * Reads digest requests from free text; weekdays and times are read as the NLU reads them
 * ({@link TimeOfWeek}), and the confirmation always states the time it understood.
 */
public final class DigestRequestParser {

    /** UN duty stations whose names are not IANA zone cities. */
    private static final Map<String, String> CITY_ALIASES = Map.of(
            "geneva", "Europe/Zurich", "turin", "Europe/Rome", "washington", "America/New_York",
            "the hague", "Europe/Amsterdam", "bonn", "Europe/Berlin", "montreal", "America/Toronto",
            "nyc", "America/New_York", "hague", "Europe/Amsterdam");

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
        Optional<DayOfWeek> day = TimeOfWeek.weekday(t);
        Optional<LocalTime> time = TimeOfWeek.time(t);
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
