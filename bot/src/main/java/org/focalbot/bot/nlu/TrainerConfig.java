package org.focalbot.bot.nlu;

import java.util.Locale;

/**
 * Settings of the OpenNLP GIS maxent trainer and of the calibration step. Part of the model
 * cache key.
 *
 * @param iterations GIS iterations
 * @param cutoff     features seen fewer times than this are dropped (0 keeps all)
 * @param threads    trainer threads
 * @param folds      cross-validation folds used to calibrate when no separate validation set is given
 * @param headEpochs passes over the examples when training the layer over sentence vectors
 */
public record TrainerConfig(int iterations, int cutoff, int threads, int folds, int headEpochs) {

    public static final TrainerConfig DEFAULT = new TrainerConfig(60, 0, 1, 5, 30);

    public TrainerConfig {
        if (iterations < 1 || cutoff < 0 || threads < 1 || folds < 2 || headEpochs < 1) {
            throw new IllegalArgumentException(
                    "iterations >= 1, cutoff >= 0, threads >= 1, folds >= 2 and headEpochs >= 1 are required");
        }
    }

    public TrainerConfig withIterations(int n) {
        return new TrainerConfig(n, cutoff, threads, folds, headEpochs);
    }

    public TrainerConfig withThreads(int n) {
        return new TrainerConfig(iterations, cutoff, n, folds, headEpochs);
    }

    public TrainerConfig withHeadEpochs(int n) {
        return new TrainerConfig(iterations, cutoff, threads, folds, n);
    }

    /** A stable text form for hashing; threads do not change the result, so they are left out. */
    public String fingerprint() {
        return String.format(Locale.ROOT, "gis;iterations=%d;cutoff=%d;folds=%d;head-epochs=%d",
                iterations, cutoff, folds, headEpochs);
    }
}
