package org.focalbot.bot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.focalbot.knowledge.intents.IntentDataException;
import org.focalbot.knowledge.intents.IntentExample;

/**
 * Trains an {@link IntentModel}: OpenNLP's GIS maxent trainer over {@link MessageFeatures}, then
 * calibration on validation predictions only (a given validation set, or out-of-fold predictions
 * from k-fold cross-validation of the training set).
 */
public final class IntentTrainer {

    private final TrainerConfig config;
    private final MessageFeatures features;

    public IntentTrainer(TrainerConfig config, FeatureConfig features) {
        this.config = config;
        this.features = new MessageFeatures(features);
    }

    /** Trains on all examples and calibrates on cross-validated predictions. */
    public IntentModel train(List<IntentExample> examples, String outOfScopeLabel) {
        checkUsable(examples);
        Map<String, Integer> perLabel = countPerLabel(examples);
        int folds = Math.min(config.folds(), perLabel.values().stream().mapToInt(Integer::intValue).min().orElse(0));
        List<IntentExample> validation = new ArrayList<>();
        List<double[]> predictions = new ArrayList<>();
        AbstractModel full = fit(examples);
        if (folds >= 2) {
            List<String> labels = labelsOf(full);
            List<List<IntentExample>> held = foldsOf(examples, folds);
            for (int k = 0; k < folds; k++) {
                List<IntentExample> rest = new ArrayList<>();
                for (int j = 0; j < folds; j++) {
                    if (j != k) {
                        rest.addAll(held.get(j));
                    }
                }
                AbstractModel partial = fit(rest);
                for (IntentExample e : held.get(k)) {
                    validation.add(e);
                    predictions.add(aligned(partial, labels, e.text()));
                }
            }
        }
        Calibration calibration = calibrate(full, validation, predictions, outOfScopeLabel);
        return new IntentModel(keyOf(examples), full, features, calibration, outOfScopeLabel);
    }

    /** Trains on {@code train} and calibrates on {@code validation}, which the model never sees in training. */
    public IntentModel train(List<IntentExample> train, List<IntentExample> validation, String outOfScopeLabel) {
        checkUsable(train);
        AbstractModel model = fit(train);
        List<double[]> predictions = new ArrayList<>(validation.size());
        List<String> labels = labelsOf(model);
        validation.forEach(e -> predictions.add(aligned(model, labels, e.text())));
        Calibration calibration = calibrate(model, validation, predictions, outOfScopeLabel);
        return new IntentModel(keyOf(train), model, features, calibration, outOfScopeLabel);
    }

    /**
     * The cache key of a model trained from these examples with this configuration: a hash of the
     * examples in order, the feature and trainer settings and the file format.
     */
    public String keyOf(List<IntentExample> examples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("format=" + IntentModel.FORMAT + "\n" + features.config().fingerprint() + "\n"
                    + config.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
            for (IntentExample e : examples) {
                sha.update((e.label() + "\t" + e.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    AbstractModel fit(List<IntentExample> examples) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, config.threads());
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        List<Event> events = new ArrayList<>(examples.size());
        for (IntentExample e : examples) {
            FeatureVector v = features.extract(e.text());
            events.add(new Event(e.label(), v.names(), v.values()));
        }
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
            return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
    }

    private Calibration calibrate(AbstractModel model, List<IntentExample> validation, List<double[]> predictions,
                                  String outOfScopeLabel) {
        List<double[]> usable = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            int index = model.getIndex(validation.get(i).label());
            if (index >= 0) {
                usable.add(predictions.get(i));
                truth.add(index);
            }
        }
        return Calibration.fit(usable, truth.stream().mapToInt(Integer::intValue).toArray(), model.getIndex(outOfScopeLabel));
    }

    /** A model's distribution re-indexed to {@code labels} (a fold model may order its outcomes differently). */
    private double[] aligned(AbstractModel model, List<String> labels, String text) {
        FeatureVector v = features.extract(text);
        double[] raw = model.eval(v.names(), v.values());
        double[] out = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            int at = model.getIndex(labels.get(i));
            out[i] = at >= 0 ? raw[at] : 0;
        }
        return out;
    }

    private static List<String> labelsOf(AbstractModel model) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            labels.add(model.getOutcome(i));
        }
        return labels;
    }

    /** Stratified folds: the n-th example of each label goes to fold n mod k, so every fold sees every label. */
    private static List<List<IntentExample>> foldsOf(List<IntentExample> examples, int k) {
        List<List<IntentExample>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (IntentExample e : examples) {
            int n = seen.merge(e.label(), 1, Integer::sum) - 1;
            folds.get(n % k).add(e);
        }
        return folds;
    }

    private static Map<String, Integer> countPerLabel(List<IntentExample> examples) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
        return counts;
    }

    private static void checkUsable(List<IntentExample> examples) {
        if (countPerLabel(examples).size() < 2) {
            throw new IntentDataException("training data needs examples of at least two labels");
        }
    }
}
