package org.focalbot.bot.checklist;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who will take an open item in free text: "owner: Ana", "assigned to Ben", "Ana will…",
 * "Ana Lopez to draft it", or a name leading the remark ("Ana, by 15 May"), or an @handle.
 */
final class Owners {

    /** An owner found in a text, with where it was. */
    record Found(String name, int start, int end) {
    }

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String NAME = "(?<name>@[\\w.-]+|" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,2})";

    private static final Pattern EXPLICIT = Pattern.compile("\\b(?i:owner|owned by|assigned to|assignee|responsible"
            + "|led by|handled by|lead)\\s*:?\\s*(?<name>@?[\\p{L}][\\p{L}'’.-]*(?:\\s+" + CAPITALISED + ")?)");
    private static final Pattern DOER = Pattern.compile("(?<![\\p{L}])" + NAME
            + "\\s+(?:will|to|'ll|’ll|is going to|is on it|is handling|handles|owns|takes|has it)\\b");
    private static final Pattern LEADING = Pattern.compile("^" + NAME
            + "(?=\\s*(?:[,;]|$|\\s+(?:by|before|due|until|on|next|in)\\b))");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])(?<name>@[\\w.-]+)");

    /** Capitalised words that start sentences or name things rather than people. */
    private static final Set<String> NOT_NAMES = Set.of("i", "we", "you", "they", "he", "she", "it", "the", "this",
            "that", "our", "my", "not", "no", "yes", "done", "waiting", "still", "next", "end", "today", "tomorrow",
            "mou", "sdg", "sdgs", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "in", "by", "on", "due");

    private Owners() {
    }

    static Optional<Found> find(String text) {
        for (Pattern p : new Pattern[] {EXPLICIT, DOER, LEADING, HANDLE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group("name").strip();
                String first = name.split("\\s+")[0].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
                if (!first.isEmpty() && !NOT_NAMES.contains(first)) {
                    return Optional.of(new Found(name, m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }
}
