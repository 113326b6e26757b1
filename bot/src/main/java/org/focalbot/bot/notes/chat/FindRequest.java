package org.focalbot.bot.notes.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.focalbot.bot.notes.DatePhrases;
import org.focalbot.bot.notes.DateRange;

/**
 * A "find notes" message taken apart: the time phrase, a tag, "my notes", the phrases that may
 * name a partnership, and the words left to search for.
 *
 * @param words       what is left to search for, quoted phrases kept
 * @param mentions    candidate partnership mentions, in the order they appear
 * @param range       the time phrase, or {@link DateRange#ANY}
 * @param tag         a tag asked for, or null
 * @param mine        only the asker's own notes
 * @param newestFirst the asker wants the latest notes rather than the best matches
 */
record FindRequest(String words, List<Mention> mentions, DateRange range, String tag, boolean mine,
                   boolean newestFirst) {

    /** A stretch of text after "for", "on", "about"… that may name a partnership. */
    record Mention(String text, int start, int end) {
    }

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern TAG = Pattern.compile("(?:(?<![\\p{L}\\p{N}&])#|\\btagged\\s+#?|\\bwith\\s+(?:the\\s+)?tag\\s+#?)"
            + "(\\p{L}[\\p{L}\\p{N}_-]*)", F);
    private static final Pattern MINE = Pattern.compile(
            "\\b(?:my\\s+(?:own\\s+)?notes?|notes?\\s+(?:that\\s+)?i\\s+(?:wrote|made|took|added)|by\\s+me|mine|i\\s+wrote)\\b", F);
    private static final Pattern NEWEST = Pattern.compile("\\b(?:latest|recent|newest|last\\s+(?:few|\\d+)\\s+notes?)\\b", F);
    private static final Pattern PREPOSITION = Pattern.compile(
            "\\b(?:for|on|about|from|regarding|re|in|of|under|with)\\s+(?:the\\s+|our\\s+)?", F);
    private static final Pattern STOP_AT = Pattern.compile(
            "\\s+(?:for|on|about|from|regarding|re|in|of|under|with|that|which|where|when|since|before|after|between)\\b|[,.;:?!\"]", F);
    private static final Set<String> SCAFFOLD = Set.of("show", "find", "search", "look", "up", "list", "get", "give",
            "me", "all", "any", "notes", "note", "entries", "entry", "anything", "what", "do", "did", "we", "have", "has",
            "been", "there", "written", "noted", "said", "say", "pull", "display", "fetch", "please", "can", "could",
            "you", "i", "us", "recent", "latest", "newest", "everything", "something", "partnership", "is", "are",
            "about", "for", "on", "from", "regarding", "re", "in", "of", "under", "with", "the", "our", "a", "an",
            "some", "kept", "keep", "tell", "remind", "see", "read", "check", "which");

    static FindRequest parse(String raw, DatePhrases dates) {
        StringBuilder text = new StringBuilder(raw.strip());
        DateRange range = DateRange.ANY;
        var found = dates.find(text.toString());
        if (found.isPresent()) {
            range = found.get().range();
            blank(text, found.get().start(), found.get().end());
        }
        String tag = null;
        Matcher t = TAG.matcher(text);
        if (t.find()) {
            tag = t.group(1).toLowerCase(Locale.ROOT);
            blank(text, t.start(), t.end());
        }
        boolean mine = false;
        Matcher m = MINE.matcher(text);
        if (m.find()) {
            mine = true;
            blank(text, m.start(), m.end());
        }
        boolean newest = NEWEST.matcher(text).find();
        List<Mention> mentions = new ArrayList<>();
        Matcher p = PREPOSITION.matcher(text);
        while (p.find()) {
            Matcher stop = STOP_AT.matcher(text);
            int end = stop.find(p.end()) ? stop.start() : text.length();
            String chunk = text.substring(p.end(), end).strip();
            if (!chunk.isEmpty()) {
                mentions.add(new Mention(chunk, p.end(), p.end() + text.substring(p.end(), end).stripTrailing().length()));
            }
        }
        return new FindRequest(text.toString(), mentions, range, tag, mine, newest);
    }

    /** This request with a partnership mention cut out of the words. */
    FindRequest without(int start, int end) {
        StringBuilder sb = new StringBuilder(words);
        blank(sb, start, end);
        return new FindRequest(sb.toString(), List.of(), range, tag, mine, newestFirst);
    }

    /** The words left to search for, without the "show me the notes" scaffolding; empty when nothing is left. */
    String searchText() {
        StringBuilder out = new StringBuilder();
        String[] parts = words.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean quoted = i % 2 == 1 && i < parts.length - 1;
            if (quoted) {
                if (!parts[i].isBlank()) {
                    out.append(" \"").append(parts[i].strip()).append('"');
                }
                continue;
            }
            for (String w : parts[i].split("[^\\p{L}\\p{N}'-]+")) {
                String lw = w.toLowerCase(Locale.ROOT).replaceAll("^['-]+|['-]+$", "");
                if (!lw.isEmpty() && !SCAFFOLD.contains(lw)) {
                    out.append(' ').append(lw);
                }
            }
        }
        return out.toString().strip();
    }

    private static void blank(StringBuilder sb, int start, int end) {
        for (int i = start; i < end; i++) {
            sb.setCharAt(i, ' ');
        }
    }
}
