package org.focalbot.bot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
 * Trains an {@link IntentModel}: OpenNLP's GIS maxent trainer over {@link MessageFeatures} (and,
 * with a {@link SentenceEncoder}, a softmax layer over sentence vectors), then
 * calibration on validation predictions only (a given validation set, or out-of-fold predictions
 * from k-fold cross-validation of the training set).
 */
public final class IntentTrainer {

    /** A new daemon thread per task: training is rare, and a pool would outlive the trainer. */
    private static final Executor TRAINER_THREAD = task -> {
        Thread t = new Thread(task, "intent-trainer");
        t.setDaemon(true);
        t.start();
    };

    private final TrainerConfig config;
    private final MessageFeatures features;
    private final SentenceEncoder encoder;

    /** A trainer of word and character features only. */
    public IntentTrainer(TrainerConfig config, FeatureConfig features) {
        this(config, features, null);
    }

    /** @param encoder adds a softmax layer over this encoder's sentence vectors; null for none */
    public IntentTrainer(TrainerConfig config, FeatureConfig features, SentenceEncoder encoder) {
        this.config = config;
        this.features = new MessageFeatures(features);
        this.encoder = encoder;
    }

    /** The encoder models from this trainer need when they are read back, or null. */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /** Trains on all examples and calibrates on cross-validated predictions. */
    public IntentModel train(List<IntentExample> examples, String outOfScopeLabel) {
        checkUsable(examples);
        Map<IntentExample, float[]> vectors = vectorsOf(examples);
        Map<String, Integer> perLabel = countPerLabel(examples);
        int folds = Math.min(config.folds(), perLabel.values().stream().mapToInt(Integer::intValue).min().orElse(0));
        List<IntentExample> validation = new ArrayList<>();
        List<double[][]> predictions = new ArrayList<>();
        IntentModel full = fit(examples, vectors, outOfScopeLabel, keyOf(examples));
        if (folds >= 2) {
            List<String> labels = full.labels();
            List<List<IntentExample>> held = foldsOf(examples, folds);
            for (int k = 0; k < folds; k++) {
                List<IntentExample> rest = new ArrayList<>();
                for (int j = 0; j < folds; j++) {
                    if (j != k) {
                        rest.addAll(held.get(j));
                    }
                }
                IntentModel partial = fit(rest, vectors, outOfScopeLabel, "fold");
                for (IntentExample e : held.get(k)) {
                    validation.add(e);
                    predictions.add(aligned(partial, labels, e, vectors));
                }
            }
        }
        Calibration calibration = calibrate(full, validation, predictions, outOfScopeLabel);
        return full.withCalibration(calibration);
    }

    /** Trains on {@code train} and calibrates on {@code validation}, which the model never sees in training. */
    public IntentModel train(List<IntentExample> train, List<IntentExample> validation, String outOfScopeLabel) {
        checkUsable(train);
        Map<IntentExample, float[]> vectors = vectorsOf(train);
        vectors.putAll(vectorsOf(validation));
        IntentModel model = fit(train, vectors, outOfScopeLabel, keyOf(train));
        List<double[][]> predictions = new ArrayList<>(validation.size());
        List<String> labels = model.labels();
        validation.forEach(e -> predictions.add(aligned(model, labels, e, vectors)));
        Calibration calibration = calibrate(model, validation, predictions, outOfScopeLabel);
        return model.withCalibration(calibration);
    }

    /**
     * The cache key of a model trained from these examples with this configuration: a hash of the
     * examples in order, the feature and trainer settings and the file format.
     */
    public String keyOf(List<IntentExample> examples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("format=" + IntentModel.FORMAT + "\n" + features.config().fingerprint() + "\n"
                    + config.fingerprint() + "\nencoder=" + (encoder == null ? "none" : encoder.id()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (IntentExample e : examples) {
                sha.update((e.label() + "\t" + e.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** An uncalibrated model; calibration follows on predictions it did not train on. */
    private IntentModel fit(List<IntentExample> examples, Map<IntentExample, float[]> vectors, String outOfScopeLabel,
                            String key) {
        Calibration calibration = Calibration.NONE;
        if (encoder == null) {
            return new IntentModel(key, fit(examples), features, calibration, outOfScopeLabel);
        }
        // The softmax layer needs label indices; sorted labels here, re-indexed to the maxent model's order below.
        List<String> sorted = examples.stream().map(IntentExample::label).distinct().sorted().toList();
        List<float[]> x = new ArrayList<>(examples.size());
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x.add(vectors.get(examples.get(i)));
            y[i] = Collections.binarySearch(sorted, examples.get(i).label());
        }
        // The two learners are independent: the layer trains on another thread while maxent trains here.
        CompletableFuture<EmbeddingHead> head = CompletableFuture.supplyAsync(
                () -> EmbeddingHead.train(x, y, sorted.size(), config.headEpochs()), TRAINER_THREAD);
        AbstractModel maxent = fit(examples);
        EmbeddingHead trained = head.join();
        int[] order = new int[maxent.getNumOutcomes()];
        for (int i = 0; i < order.length; i++) {
            order[i] = Collections.binarySearch(sorted, maxent.getOutcome(i));
        }
        return new IntentModel(key, maxent, features, calibration, outOfScopeLabel, trained.reordered(order), encoder);
    }

    /** Each example's sentence vector, computed once for training, folds and calibration (empty without an encoder). */
    private Map<IntentExample, float[]> vectorsOf(List<IntentExample> examples) {
        Map<IntentExample, float[]> out = new java.util.IdentityHashMap<>();
        if (encoder == null) {
            return out;
        }
        List<float[]> encoded = encoder.encodeAll(examples.stream().map(IntentExample::text).toList());
        for (int i = 0; i < examples.size(); i++) {
            out.put(examples.get(i), encoded.get(i));
        }
        return out;
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

    private Calibration calibrate(IntentModel model, List<IntentExample> validation, List<double[][]> predictions,
                                  String outOfScopeLabel) {
        List<double[]> words = new ArrayList<>();
        List<double[]> meanings = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            int index = model.labels().indexOf(validation.get(i).label());
            if (index >= 0) {
                words.add(predictions.get(i)[0]);
                meanings.add(predictions.get(i)[1]);
                truth.add(index);
            }
        }
        int[] t = truth.stream().mapToInt(Integer::intValue).toArray();
        int oos = model.labels().indexOf(outOfScopeLabel);
        if (encoder == null) {
            return Calibration.fit(words, t, oos);
        }
        List<double[]> combined = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            combined.add(Calibration.combine(words.get(i), meanings.get(i)));
        }
        return Calibration.fit(combined, t, oos);
    }

    /** A model's two distributions re-indexed to {@code labels} (a fold model may order its outcomes differently). */
    private static double[][] aligned(IntentModel model, List<String> labels, IntentExample e,
                                      Map<IntentExample, float[]> vectors) {
        double[][] parts = model.parts(e.text(), vectors.get(e));
        List<String> own = model.labels();
        double[][] out = new double[2][];
        for (int p = 0; p < 2; p++) {
            if (parts[p] == null) {
                continue;
            }
            out[p] = new double[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                int at = own.indexOf(labels.get(i));
                out[p][i] = at >= 0 ? parts[p][at] : 0;
            }
        }
        return out;
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
