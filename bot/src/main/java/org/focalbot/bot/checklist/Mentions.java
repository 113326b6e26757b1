package org.focalbot.bot.checklist;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the partnership a checklist command is about: the words after the first "for", "with", "on",
 * "of" or "about" that do not start with a phase or a pronoun ("for the Water Alliance", "with me for
 * the skills alliance", "for the Alliance for Water").
 */
final class Mentions {

    private static final Pattern PREPOSITION = Pattern.compile("\\b(?:for|with|on|of|about)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^(?:the|our|my|this|that)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile(
            "\\s+(?:please|now|today|then|again|partnership|checklist|phase|with me|with us|for me|for us)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAME_STARTS = Set.of("me", "us", "it", "this", "that", "them", "you", "now",
            "today", "a", "an");
    private static final Set<String> NOT_PARTNERSHIPS = Set.of("me", "us", "it", "this", "that", "them", "you", "now",
            "today", "checklist", "the checklist", "a checklist", "phase", "status", "progress", "a bit", "a moment",
            "a second", "all", "everything", "a guided checklist", "markdown", "later", "one");

    private Mentions() {
    }

    /** The partnership named in {@code text}, as written but without articles and trailing fillers. */
    static Optional<String> find(String text) {
        Matcher m = PREPOSITION.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end()).strip();
            String lower = rest.toLowerCase(Locale.ROOT);
            if (NOT_NAME_STARTS.contains(lower.split("\\s+")[0]) || PhaseNames.startsWithPhase(lower)) {
                continue;
            }
            String candidate = clean(rest);
            if (candidate != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A typed answer to "which partnership?" ("the Water Alliance", "it's for the skills alliance"), cleaned. */
    static Optional<String> answer(String raw) {
        return Optional.ofNullable(clean(raw.replaceFirst("(?i)^(?:it'?s\\s+)?(?:for|with)?\\s*", "")));
    }

    private static String clean(String raw) {
        String s = raw.strip();
        int stop = indexOfAny(s, "?!.\n");
        if (stop >= 0) {
            s = s.substring(0, stop);
        }
        s = LEADING.matcher(s.strip()).replaceFirst("");
        String before;
        do {
            before = s;
            s = TRAILING.matcher(s.strip()).replaceFirst("");
        } while (!s.equals(before));
        s = s.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 100 || NOT_PARTNERSHIPS.contains(lower) || PhaseNames.isOnlyAPhase(lower)) {
            return null;
        }
        return s;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
