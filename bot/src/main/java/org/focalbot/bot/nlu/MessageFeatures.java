package org.focalbot.bot.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Features for short chat messages: words, Porter stems, stem bigrams (with a sentence-start
 * marker) and character n-grams across the whole normalised message. Character n-grams carry
 * typos ("chekclist") and inflections; stems and bigrams carry phrasing ("notes about", "start the").
 * Each group is L2-normalised so a long message does not outweigh a short one, and so the GIS
 * trainer's correction constant stays small (it converges faster).
 */
public final class MessageFeatures {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    static final String BIAS = "bias";

    private final FeatureConfig config;

    public MessageFeatures(FeatureConfig config) {
        this.config = config;
    }

    public FeatureConfig config() {
        return config;
    }

    public FeatureVector extract(String text) {
        List<String> tokens = tokens(text);
        PorterStemmer stemmer = new PorterStemmer();
        Map<String, Float> words = new LinkedHashMap<>();
        List<String> stems = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            words.merge("w=" + token, 1f, Float::sum);
            String stem = stemmer.stem(token);
            stems.add(stem);
            words.merge("s=" + stem, 1f, Float::sum);
        }
        if (!stems.isEmpty()) {
            words.merge("b=^_" + stems.get(0), 1f, Float::sum);
        }
        for (int i = 0; i + 1 < stems.size(); i++) {
            words.merge("b=" + stems.get(i) + "_" + stems.get(i + 1), 1f, Float::sum);
        }
        Map<String, Float> chars = new LinkedHashMap<>();
        if (config.charWeight() > 0) {
            String joined = " " + String.join(" ", tokens) + " ";
            for (int n = config.charMin(); n <= config.charMax(); n++) {
                for (int i = 0; i + n <= joined.length(); i++) {
                    chars.merge("c=" + joined.substring(i, i + n), 1f, Float::sum);
                }
            }
        }
        int size = words.size() + chars.size() + 1;
        String[] names = new String[size];
        float[] values = new float[size];
        int at = put(words, config.wordWeight(), names, values, 0);
        at = put(chars, config.charWeight(), names, values, at);
        names[at] = BIAS;
        values[at] = 1f;
        return new FeatureVector(names, values);
    }

    /** Lower-cased word tokens; apostrophes are dropped ("what's" → "whats") and digits folded to 0. */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        String folded = DIGIT.matcher(NON_WORD.matcher(lower).replaceAll(" ")).replaceAll("0").strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        return List.of(folded.split(" +"));
    }

    private static int put(Map<String, Float> group, double weight, String[] names, float[] values, int at) {
        double sum = 0;
        for (float v : group.values()) {
            sum += v * v;
        }
        double scale = sum == 0 ? 0 : weight / Math.sqrt(sum);
        for (Map.Entry<String, Float> e : group.entrySet()) {
            names[at] = e.getKey();
            values[at] = (float) (e.getValue() * scale);
            at++;
        }
        return at;
    }
}
