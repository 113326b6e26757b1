package org.focalbot.bot.notes.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns text into search terms: lower case, accents folded, split on anything that is not a letter
 * or digit, English stop words marked, every other word stemmed (Snowball English, so "agreed",
 * "agreeing" and "agree" meet). Positions are kept, stop words included, so phrases match
 * exactly. Thread-safe.
 */
public final class Analyzer {

    /** Marks a stop word in a term sequence: it holds a position but is never a search term. */
    public static final String STOP = null;

    static final int MAX_TOKEN = 40;
    private static final int MAX_CACHED_STEMS = 500_000;

    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
            "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our",
            "she", "so", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was",
            "we", "were", "will", "with", "you", "your", "s", "t");

    private final ConcurrentHashMap<String, String> stems = new ConcurrentHashMap<>();

    /** The words of {@code text} in order: a stem, or {@link #STOP} for a stop word. */
    public List<String> terms(String text) {
        List<String> words = words(text);
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(termOf(w));
        }
        return out;
    }

    /** The words of {@code text}, lower case and without accents, before stemming. */
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        char[] buf = new char[MAX_TOKEN];
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int len = 0;
            boolean ascii = true;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                char c = text.charAt(i++);
                if (len < MAX_TOKEN) {
                    if (c < 0x80) {
                        buf[len++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    } else {
                        ascii = false;
                        buf[len++] = c;
                    }
                }
            }
            if (len > 0) {
                String word = new String(buf, 0, len);
                out.add(ascii ? word : fold(word));
            }
        }
        return out;
    }

    /** A word's search term: its stem, or {@link #STOP} for a stop word. */
    public String termOf(String word) {
        return STOPWORDS.contains(word) ? STOP : stem(word);
    }

    /** The stem of one lower-case word (not checked against the stop words). */
    public String stem(String word) {
        String cached = stems.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = isAllDigits(word) ? word : new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString();
        if (stems.size() < MAX_CACHED_STEMS) {
            stems.put(word, stem);
        }
        return stem;
    }

    public static boolean isStopword(String lowerCaseWord) {
        return STOPWORDS.contains(lowerCaseWord);
    }

    /** Lower case with accents removed ("Café" → "cafe"), so people need not type them. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return lower;
    }

    private static boolean isAllDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
