package org.focalbot.bot.notes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a valid note looks like: text length, tag shape and the hashtags that become tags. */
public final class NoteRules {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 40;

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&#])#(\\p{L}[\\p{L}\\p{N}_-]*)");

    private NoteRules() {
    }

    /** The text as stored (outer whitespace removed), or a clear refusal. */
    public static String text(String raw) {
        if (raw == null || raw.isBlank()) {
            throw NotesException.invalid("the note text must not be empty");
        }
        String text = raw.strip();
        if (text.length() > MAX_TEXT) {
            throw NotesException.invalid("the note text is " + String.format(Locale.ROOT, "%,d", text.length())
                    + " characters long; the limit is "
                    + String.format(Locale.ROOT, "%,d", MAX_TEXT));
        }
        return text;
    }

    /** Explicit tags plus the text's hashtags, lower case, without '#', de-duplicated. */
    public static List<String> tags(List<String> explicit, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (explicit != null) {
            for (String raw : explicit) {
                out.add(tag(raw));
            }
        }
        Matcher m = HASHTAG.matcher(text);
        while (m.find() && out.size() <= MAX_TAGS) {
            String t = m.group(1).toLowerCase(Locale.ROOT);
            if (t.length() <= MAX_TAG) {
                out.add(t);
            }
        }
        if (out.size() > MAX_TAGS) {
            throw NotesException.invalid("a note has at most " + MAX_TAGS + " tags");
        }
        return new ArrayList<>(out);
    }

    /** One tag, normalised ("#Budget" → "budget"), or a clear refusal. */
    public static String tag(String raw) {
        String t = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || t.length() > MAX_TAG || !TAG.matcher(t).matches()) {
            throw NotesException.invalid("\"" + raw + "\" is not a valid tag (letters, digits, - and _, at most "
                    + MAX_TAG + " characters)");
        }
        return t;
    }
}
