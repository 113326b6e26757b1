package org.focalbot.bot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the model's distributions into calibrated confidences and decides when a message is out of
 * scope: the word model and the sentence-vector model are combined by a weighted geometric mean
 * (equal weights; tuning the weight on CLINC150's small validation set over-fitted it), then
 * temperature scaling, then a threshold below which the best in-scope label is refused (the trained
 * out-of-scope class can also win outright). Temperature and threshold are fitted on validation
 * predictions only.
 *
 * @param temperature divides log-probabilities; above 1 softens an over-confident model
 * @param threshold   minimum calibrated confidence for an in-scope answer
 */
public record Calibration(double temperature, double threshold) {

    public static final Calibration NONE = new Calibration(1.0, 0.0);

    public Calibration {
        if (!(temperature > 0) || threshold < 0 || threshold >= 1) {
            throw new IllegalArgumentException("temperature > 0 and 0 <= threshold < 1 are required");
        }
    }

    /** Combines the word model's distribution with the sentence-vector model's (null: the words alone). */
    public static double[] combine(double[] words, double[] meaning) {
        if (meaning == null) {
            return words;
        }
        double[] logits = new double[words.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = 0.5 * Math.log(Math.max(words[i], 1e-300)) + 0.5 * Math.log(Math.max(meaning[i], 1e-300));
        }
        return softmax(logits);
    }

    /** Applies the temperature to a probability distribution. */
    public double[] apply(double[] probabilities) {
        double[] logits = new double[probabilities.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.log(Math.max(probabilities[i], 1e-300)) / temperature;
        }
        return softmax(logits);
    }

    /** Exponentiates and normalises log-scores in place, shifted by their maximum so nothing overflows. */
    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.exp(logits[i] - max);
            sum += logits[i];
        }
        for (int i = 0; i < logits.length; i++) {
            logits[i] /= sum;
        }
        return logits;
    }

    /**
     * Fits the temperature (minimum negative log-likelihood) and then the threshold (maximum of
     * in-scope accuracy plus out-of-scope recall; with no out-of-scope examples, accuracy alone).
     *
     * @param probabilities raw model distributions of the validation items
     * @param truth         index of each item's true label in the distribution
     * @param oosIndex      index of the out-of-scope label, or -1 when the model has none
     */
    public static Calibration fit(List<double[]> probabilities, int[] truth, int oosIndex) {
        if (probabilities.isEmpty()) {
            return NONE;
        }
        double bestT = 1;
        double bestNll = Double.POSITIVE_INFINITY;
        for (double logT = -2.0; logT <= 2.0001; logT += 0.05) {
            Calibration c = new Calibration(Math.exp(logT), 0);
            double nll = 0;
            for (int i = 0; i < truth.length; i++) {
                nll -= Math.log(Math.max(c.apply(probabilities.get(i))[truth[i]], 1e-12));
            }
            if (nll < bestNll) {
                bestNll = nll;
                bestT = Math.exp(logT);
            }
        }
        Calibration tempered = new Calibration(bestT, 0);
        List<double[]> calibrated = new ArrayList<>(probabilities.size());
        probabilities.forEach(p -> calibrated.add(tempered.apply(p)));
        return new Calibration(bestT, bestThreshold(calibrated, truth, oosIndex));
    }

    private static double bestThreshold(List<double[]> calibrated, int[] truth, int oosIndex) {
        if (oosIndex < 0) {
            return 0;
        }
        int inScope = 0;
        int outOfScope = 0;
        for (int t : truth) {
            if (t == oosIndex) {
                outOfScope++;
            } else {
                inScope++;
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        List<Double> argmax = new ArrayList<>();
        for (int step = 0; step < 100; step++) {
            double threshold = step / 100.0;
            int correct = 0;
            int caught = 0;
            for (int i = 0; i < truth.length; i++) {
                int predicted = decide(calibrated.get(i), threshold, oosIndex);
                if (truth[i] == oosIndex) {
                    caught += predicted == oosIndex ? 1 : 0;
                } else {
                    correct += predicted == truth[i] ? 1 : 0;
                }
            }
            double score = (inScope == 0 ? 0 : correct / (double) inScope)
                    + (outOfScope == 0 || oosIndex < 0 ? 0 : caught / (double) outOfScope);
            if (score > best + 1e-12) {
                best = score;
                argmax.clear();
            }
            if (Math.abs(score - best) <= 1e-12) {
                argmax.add(threshold);
            }
        }
        // The middle of the best thresholds: small validation sets give plateaus, and the middle is the least fragile.
        return argmax.get(argmax.size() / 2);
    }

    /** The index chosen for a calibrated distribution: the argmax, or out of scope below the threshold. */
    static int decide(double[] calibrated, double threshold, int oosIndex) {
        int best = 0;
        for (int i = 1; i < calibrated.length; i++) {
            if (calibrated[i] > calibrated[best]) {
                best = i;
            }
        }
        return oosIndex >= 0 && calibrated[best] < threshold ? oosIndex : best;
    }
}
