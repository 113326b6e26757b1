package org.focalbot.bot.nlu;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a message refers to: a partnership mention (as written, without a leading "the"),
 * a checklist phase, the text of a note, and a weekday and time for the digest. Resolving the
 * mention to a stored partnership (fuzzy) is the registry's job; callers that know the
 * workspace's partnership names can pass them to get exact spans.
 */
public final class EntityExtractor {

    /** Words that end a partnership name: it is the thing just before them. */
    private static final Set<String> HEADS = Set.of("alliance", "coalition", "partnership", "network", "compact",
            "initiative", "project", "pact", "programme", "program", "platform", "forum", "fund", "facility",
            "consortium", "hub", "campaign");
    /** Words that a mention never runs past ("notes for X since March", "checklist for X please"). */
    private static final Set<String> STOPS = Set.of("since", "from", "until", "till", "before", "after", "please",
            "pls", "now", "today", "tomorrow", "yesterday", "this", "last", "next", "in", "at", "on", "is", "are",
            "was", "were", "has", "have", "had", "will", "about", "and", "with", "to", "for", "that", "who",
            "what", "where", "when", "how", "checklist", "notes", "note", "phase", "the", "me", "us", "it");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "i", "we", "you", "my", "our", "all", "every", "each", "any", "some",
            "multi-stakeholder partnership", "multi stakeholder partnership", "multistakeholder partnership",
            "public-private partnership", "public private partnership", "global partnership");

    private static final String NAME_RUN = "([\\p{L}\\p{N}][\\p{L}\\p{N}&'.\\-]*(?:\\s+[\\p{L}\\p{N}&][\\p{L}\\p{N}&'.\\-]*){0,6})";
    /** "note for X: ...", "add a note to X - ...". */
    private static final Pattern NOTE_HEADER = Pattern.compile(
            "\\b(?:note|notes|nota|noet|update|log it)\\s+(?:fro|for|on|to|about|under)\\s+(?:the\\s+)?([^:\\n]{1,80}?)\\s*(?::|\\s[-\u2013\u2014]\\s)",
            Pattern.CASE_INSENSITIVE);
    /** "partnership called X", "new partnership X with ...", "create partnership: X". */
    private static final Pattern NEW_PARTNERSHIP = Pattern.compile(
            "\\bpartnership\\s+(?:called|named)\\s+" + NAME_RUN
                    + "|\\b(?:new|create|register|add)\\s+(?:a\\s+)?(?:new\\s+)?partnership(?:\\s+record)?\\s*:?\\s+"
                    + "(?!called\\b|named\\b|with\\b|for\\b)" + NAME_RUN,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION = Pattern.compile(
            "\\b(for|with|on|of|about|to|under|at)\\s+(?:the\\s+)?" + NAME_RUN, Pattern.CASE_INSENSITIVE);
    /** A head noun anywhere ("kick off the Blue Ocean Alliance checklist"). */
    private static final Pattern HEAD_NOUN = Pattern.compile("\\b(?:" + String.join("|", HEADS) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "my", "your", "their", "this",
            "that", "each", "every", "any", "new", "its");
    private static final Pattern TRAILING_FILLER = Pattern.compile("(?:\\s+(?:please|pls|thanks|now|today))+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_NAME = Pattern.compile("\\s+(?:with|and|,|;)\\s.*$|[,;:.!?].*$", Pattern.CASE_INSENSITIVE);

    /** "note for X: text", "record: text", "remember this: text". */
    private static final Pattern NOTE_AFTER_COLON = Pattern.compile(
            "^[^:]*\\b(?:note|notes|nota|noet|record|remember|log|save|add|keep|update|write|jot|store|file|noted|pending)\\b[^:]*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NOTE_DASH = Pattern.compile(
            "^\\s*(?:please\\s+)?(?:add\\s+(?:a\\s+)?)?(?:new\\s+)?note\\s+(?:fro|for|on|to|about)\\s+[^-\u2013\u2014]{1,80}?\\s[-\u2013\u2014]\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** "record that ...", "please note that ...", "make a note that ...", "remember that ...". */
    private static final Pattern NOTE_THAT = Pattern.compile(
            "^\\s*(?:(?:please|pls|can you|could you)\\s+)?(?:record|remember|note|log|jot\\s+down|write\\s+down|note\\s+down|"
                    + "make\\s+(?:a\\s+)?note|take\\s+(?:a\\s+)?note|keep\\s+(?:a\\s+)?note|save)\\s+(?:that\\s+|down\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BARE_NOTE_COMMAND = Pattern.compile(
            "^(?:a\\s+)?(?:new\\s+)?(?:note|private note)?\\s*(?:for\\s+.*)?$", Pattern.CASE_INSENSITIVE);

    /** Everything found in the message, with no known partnership names to guide the mention. */
    public Entities extract(String text) {
        return extract(text, List.of());
    }

    /** Everything found in the message; a known name that occurs in it wins over the patterns. */
    public Entities extract(String text, Collection<String> knownPartnerships) {
        return new Entities(partnership(text, knownPartnerships), PhaseNames.find(text), noteText(text),
                TimeOfWeek.weekday(text), TimeOfWeek.time(text));
    }

    Optional<String> partnership(String text, Collection<String> known) {
        Optional<String> exact = knownName(text, known);
        if (exact.isPresent()) {
            return exact;
        }
        Matcher header = NOTE_HEADER.matcher(text);
        if (header.find()) {
            Optional<String> name = clean(header.group(1), false);
            if (name.isPresent()) {
                return name;
            }
        }
        Matcher created = NEW_PARTNERSHIP.matcher(text);
        if (created.find()) {
            String raw = created.group(1) != null ? created.group(1) : created.group(2);
            Optional<String> name = clean(AFTER_NAME.matcher(raw).replaceFirst(""), false);
            if (name.isPresent()) {
                return name;
            }
        }
        Matcher m = PREPOSITION.matcher(text);
        int from = 0;
        while (m.find(from)) {
            // A bare proper noun counts only after "for"/"with" ("notes for Acme"); "about UNICEF" is a topic.
            boolean namesOnly = m.group(1).equalsIgnoreCase("for") || m.group(1).equalsIgnoreCase("with");
            Optional<String> name = clean(m.group(2), true).filter(n -> namesOnly || endsInHead(n));
            if (name.isPresent()) {
                return name;
            }
            // The next preposition may sit inside this candidate ("with me for the health alliance").
            from = m.start(2);
        }
        return beforeHeadNoun(text);
    }

    /** The words just before a head noun, back to the first stop word: "kick off the Blue Ocean Alliance checklist". */
    private static Optional<String> beforeHeadNoun(String text) {
        Matcher head = HEAD_NOUN.matcher(text);
        while (head.find()) {
            String[] before = text.substring(0, head.start()).strip().split("\\s+");
            int start = before.length;
            while (start > 0 && start > before.length - 4) {
                String bare = before[start - 1].replaceAll("[^\\p{L}\\p{N}&\\-]", "").toLowerCase(Locale.ROOT);
                if (bare.isEmpty() || STOPS.contains(bare) || DETERMINERS.contains(bare) || before[start - 1].matches(".*[,;:.!?]$")) {
                    break;
                }
                start--;
            }
            if (start < before.length) {
                String name = String.join(" ", List.of(before).subList(start, before.length)) + " " + head.group();
                if (!NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsInHead(String name) {
        String[] words = name.split("\\s+");
        return HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * Trims a candidate to a plausible name: up to a stop word; then, when {@code strict}, it must
     * end in a head noun ("the health alliance") or be capitalised ("Acme").
     */
    private static Optional<String> clean(String candidate, boolean strict) {
        String[] words = candidate.strip().split("\\s+");
        int end = 0;
        int headEnd = -1;
        boolean capitalised = true;
        while (end < words.length) {
            String w = words[end];
            String bare = w.replaceAll("[^\\p{L}\\p{N}&\\-]", "").toLowerCase(Locale.ROOT);
            if (bare.isEmpty() || strict && STOPS.contains(bare) && !HEADS.contains(bare)) {
                break;
            }
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
                capitalised = false;
            }
            end++;
            if (HEADS.contains(bare)) {
                headEnd = end;
            }
            if (w.matches(".*[,;:.!?]$")) {
                break;
            }
        }
        if (strict) {
            if (headEnd > 0) {
                end = headEnd;
            } else if (!capitalised || end == 0) {
                return Optional.empty();
            }
        }
        if (end == 0) {
            return Optional.empty();
        }
        int first = 0;
        while (first < end - 1 && DETERMINERS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (first == end - 1 && HEADS.contains(words[first].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
            return Optional.empty(); // "our partnership" names no partnership
        }
        String joined = String.join(" ", List.of(words).subList(first, end)).replaceAll("[,;:.!?]+$", "");
        String name = TRAILING_FILLER.matcher(joined).replaceAll("").strip();
        if (!name.matches(".*\\p{L}.*") || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || name.length() > 80) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static Optional<String> knownName(String text, Collection<String> known) {
        String best = null;
        for (String name : known) {
            if (name.isBlank()) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (m.find() && (best == null || m.group().length() > best.length())) {
                best = m.group();
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<String> noteText(String text) {
        String t = text.strip();
        for (Pattern p : List.of(NOTE_AFTER_COLON, NOTE_DASH, NOTE_THAT)) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                String note = m.group(1).strip();
                if (!note.isEmpty() && !BARE_NOTE_COMMAND.matcher(note).matches()) {
                    return Optional.of(note);
                }
            }
        }
        return Optional.empty();
    }
}
