package org.focalbot.bot.nlu;

import java.util.Locale;

/**
 * Which features {@link MessageFeatures} extracts and how strongly each group counts. Part of the
 * model cache key: changing it retrains.
 *
 * @param charMin    shortest character n-gram (over the normalised message, spaces included)
 * @param charMax    longest character n-gram
 * @param wordWeight length of the word-group vector (words, stems, stem bigrams), each group is L2-normalised
 * @param charWeight length of the character-group vector
 */
public record FeatureConfig(int charMin, int charMax, double wordWeight, double charWeight) {

    /** The configuration measured best on the validation sets (see README-issue4.md). */
    public static final FeatureConfig DEFAULT = new FeatureConfig(3, 4, 1.0, 1.0);

    public FeatureConfig {
        if (charMin < 1 || charMax < charMin) {
            throw new IllegalArgumentException("character n-gram range must be 1 <= min <= max");
        }
        if (wordWeight <= 0 || charWeight < 0) {
            throw new IllegalArgumentException("feature weights must be positive");
        }
    }

    /** A stable text form for hashing. */
    public String fingerprint() {
        return String.format(Locale.ROOT, "chars=%d-%d;word=%.4f;char=%.4f", charMin, charMax, wordWeight, charWeight);
    }
}
