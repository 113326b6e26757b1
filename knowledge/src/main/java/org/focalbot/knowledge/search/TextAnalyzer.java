package org.focalbot.knowledge.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Turns text into search terms with OpenNLP's tools: the {@link SimpleTokenizer}, a stop-word
 * filter and the Snowball English stemmer. Questions and sections go through the same steps, so
 * "staffing" in a question meets "staff" in a section. Thread-safe.
 */
public final class TextAnalyzer {

    /** Function words, plus the words people wrap a question in ("what does the guide say about"). */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
            "do", "does", "doing", "done", "during", "each", "either", "etc", "few", "for", "from", "further", "get",
            "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "lets", "me", "might", "more", "most",
            "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
            "ought", "our", "ours", "out", "over", "own", "per", "please", "same", "shall", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
            "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via",
            "was", "we", "were", "what", "whats", "whether", "which", "while", "who", "whom",
            "whose", "why", "will", "with", "within", "would", "yes", "yet", "you", "your", "yours",
            // question wrappers: they say how someone asks, not what about
            "tell", "explain", "describe", "say", "says", "said", "mean", "means", "meant", "meaning", "according",
            "regarding", "know", "anything", "something", "thing", "things", "give", "kind", "sort", "way", "ways",
            "s", "t", "d", "ll", "re", "ve", "m");

    /**
     * Words that carry a question more than its topic ("what happens in...", "where was it held"):
     * they still help ranking, but a section that lacks them is not judged to miss the question.
     */
    private static final Set<String> LIGHT_WORDS = Set.of(
            "when", "where", "happen", "happens", "happened", "contain", "contains", "include", "includes",
            "involve", "involves", "discuss", "discussed", "cover", "covers", "covered", "hold", "held", "go", "goes",
            "make", "made", "need", "needs", "use", "used", "want", "like", "find", "look", "take", "put", "keep",
            "talk", "handle", "deal", "work", "doc", "document", "documents", "guide", "guidance", "recommend",
            "recommends", "recommended", "advice", "advise", "suggest", "suggests", "important", "best", "good",
            "right", "new", "first", "main", "key", "exactly", "actually", "really", "generally", "typically",
            "phase", "phases", "stage", "stages", "come", "comes", "question", "questions", "amount", "amounts", "fast", "quick", "quickly", "soon", "often", "usually");

    private static final int MAX_TEXT = 20_000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Stems are cached: the Snowball stemmer is the slowest step, and the same words recur. */
    private static final int MAX_CACHED_STEMS = 50_000;

    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** Lower-cased, accent-free word tokens (letters or digits), stop words included, in order. */
    public List<String> words(String text) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        if (!isAscii(t)) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("").replace('\u2019', '\'');
        }
        t = t.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String token : SimpleTokenizer.INSTANCE.tokenize(t)) {
            if (isWord(token)) {
                out.add(token);
            }
        }
        return out;
    }

    /** The stems of the content words of {@code text}, in order. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!isStopword(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    public boolean isStopword(String word) {
        return STOPWORDS.contains(word);
    }

    /** True for question words that say little about the topic (see {@link #LIGHT_WORDS}). */
    public boolean isLight(String word) {
        return LIGHT_WORDS.contains(word);
    }

    /** The stem of one lower-case word. */
    public String stem(String word) {
        String cached = stems.get(word);
        if (cached != null) {
            return cached;
        }
        String s = stem(newStemmer(), word);
        if (stems.size() < MAX_CACHED_STEMS) {
            stems.put(word, s);
        }
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    // The Snowball stemmer keeps per-call state, so each analysis gets its own (they are cheap).
    private static SnowballStemmer newStemmer() {
        return new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        if (word.length() < 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        String s = stemmer.stem(word).toString();
        // Porter2 turns "staffing" into "staf" but leaves "staff"; dropping one of a final double
        // consonant makes the two meet (staff/staf, add/ad) without merging different words.
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdfgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
