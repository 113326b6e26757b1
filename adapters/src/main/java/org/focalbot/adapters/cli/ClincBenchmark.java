package org.focalbot.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.focalbot.bot.nlu.IntentModel;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.IntentTrainer;
import org.focalbot.knowledge.intents.IntentExample;

/**
 * The CLINC150 "oos-train" protocol (Larson et al., EMNLP 2019, CC BY 3.0): train on train +
 * oos_train, calibrate and tune the out-of-scope threshold on val + oos_val only, report once on
 * test + oos_test next to the paper's published rows.
 */
final class ClincBenchmark {

    static final String OOS = "oos";
    private static final String[][] PAPER = {
            {"FastText", "89.0", "9.7"}, {"SVM (linear, bag of words)", "91.0", "14.5"}, {"CNN", "91.2", "18.9"},
            {"DialogFlow", "91.7", "14.0"}, {"Rasa (2019)", "91.5", "45.3"}, {"MLP on USE embeddings", "93.5", "47.4"},
            {"BERT", "96.9", "40.3"}};

    private final IntentTrainer trainer;
    private final PrintStream out;

    ClincBenchmark(IntentTrainer trainer, PrintStream out) {
        this.trainer = trainer;
        this.out = out;
    }

    void run(Path file) throws IOException {
        JsonNode data;
        try {
            data = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new UsageException("nlu-bench: " + file + " is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
        List<IntentExample> train = split(data, "train", file);
        train.addAll(split(data, "oos_train", file));
        List<IntentExample> validation = split(data, "val", file);
        validation.addAll(split(data, "oos_val", file));
        List<IntentExample> test = split(data, "test", file);
        List<IntentExample> oosTest = split(data, "oos_test", file);

        long start = System.nanoTime();
        IntentModel model = trainer.train(train, validation, OOS);
        double trainSeconds = (System.nanoTime() - start) / 1e9;

        long[] nanos = new long[test.size() + oosTest.size()];
        int correct = 0;
        int correctWithoutThreshold = 0;
        for (int i = 0; i < test.size(); i++) {
            long t0 = System.nanoTime();
            String predicted = model.rank(test.get(i).text()).get(0).intent();
            nanos[i] = System.nanoTime() - t0;
            correct += predicted.equals(test.get(i).label()) ? 1 : 0;
            correctWithoutThreshold += model.labelWithoutCalibration(test.get(i).text()).equals(test.get(i).label()) ? 1 : 0;
        }
        int caught = 0;
        int caughtWithoutThreshold = 0;
        for (int i = 0; i < oosTest.size(); i++) {
            long t0 = System.nanoTime();
            String predicted = model.rank(oosTest.get(i).text()).get(0).intent();
            nanos[test.size() + i] = System.nanoTime() - t0;
            caught += predicted.equals(OOS) ? 1 : 0;
            caughtWithoutThreshold += model.labelWithoutCalibration(oosTest.get(i).text()).equals(OOS) ? 1 : 0;
        }
        out.println("CLINC150 full, oos-train protocol: Larson et al., \"An Evaluation Dataset for Intent Classification");
        out.println("and Out-of-Scope Prediction\", EMNLP 2019 (data CC BY 3.0). Paper rows from its Table 2.");
        out.printf(Locale.ROOT, "train %d + val %d (tuning only) + test %d in-scope / %d out-of-scope%n%n",
                train.size(), validation.size(), test.size(), oosTest.size());
        out.printf(Locale.ROOT, "%-44s %14s %12s%n", "system", "in-scope acc", "OOS recall");
        for (String[] row : PAPER) {
            out.printf(Locale.ROOT, "%-44s %13s%% %11s%%%n", row[0] + " (paper)", row[1], row[2]);
        }
        String system = trainer.encoder() == null ? "this: OpenNLP maxent" : "this: maxent + MiniLM";
        out.printf(Locale.ROOT, "%-44s %13.1f%% %11.1f%%%n", system + ", oos class only",
                100.0 * correctWithoutThreshold / test.size(), 100.0 * caughtWithoutThreshold / oosTest.size());
        out.printf(Locale.ROOT, "%-44s %13.1f%% %11.1f%%%n", "this: + calibrated threshold (tuned on val)",
                100.0 * correct / test.size(), 100.0 * caught / oosTest.size());
        double[] target = targetRecallPoint(model, validation, test, oosTest);
        long valInScope = validation.stream().filter(e -> !e.label().equals(OOS)).count();
        long valCorrect = validation.stream().filter(e -> !e.label().equals(OOS))
                .filter(e -> model.rank(e.text()).get(0).intent().equals(e.label())).count();
        long valOos = validation.size() - valInScope;
        long valCaught = validation.stream().filter(e -> e.label().equals(OOS))
                .filter(e -> model.rank(e.text()).get(0).intent().equals(OOS)).count();
        out.printf(Locale.ROOT, "%-44s %13.1f%% %11.1f%%%n", "this: threshold for >= 60% OOS recall on val",
                target[0], target[1]);
        out.printf(Locale.ROOT, "%n(on val, which tuned it: %.1f%% in-scope, %.1f%% out-of-scope recall at the calibrated "
                + "threshold)%n", 100.0 * valCorrect / Math.max(1, valInScope), 100.0 * valCaught / Math.max(1, valOos));
        out.printf(Locale.ROOT, "training %.1f s (incl. calibration on val); classification p50 %.3f ms, p99 %.3f ms; "
                        + "model %.1f MB; temperature %.2f, threshold %.2f%n",
                trainSeconds, BenchStats.percentile(nanos, 50) / 1e6, BenchStats.percentile(nanos, 99) / 1e6,
                NluBenchCommand.modelBytes(model) / 1e6, model.calibration().temperature(), model.calibration().threshold());
    }

    /**
     * The operating point the target asks about: the threshold with the best in-scope accuracy on
     * val among those that catch at least 60% of val's out-of-scope items, then scored once on test.
     *
     * @return in-scope accuracy and out-of-scope recall on test, in percent, and the threshold
     */
    static double[] targetRecallPoint(IntentModel model, List<IntentExample> validation, List<IntentExample> test,
                                      List<IntentExample> oosTest) {
        List<IntentScore> valGuesses = validation.stream().map(e -> model.favourite(e.text())).toList();
        double chosen = 0.99;
        double bestAccuracy = -1;
        for (int step = 0; step < 100; step++) {
            double t = step / 100.0;
            int inScope = 0;
            int correct = 0;
            int outOfScope = 0;
            int caught = 0;
            for (int i = 0; i < validation.size(); i++) {
                String predicted = decide(valGuesses.get(i), t);
                if (validation.get(i).label().equals(OOS)) {
                    outOfScope++;
                    caught += predicted.equals(OOS) ? 1 : 0;
                } else {
                    inScope++;
                    correct += predicted.equals(validation.get(i).label()) ? 1 : 0;
                }
            }
            double accuracy = inScope == 0 ? 0 : correct / (double) inScope;
            if (outOfScope > 0 && caught >= 0.6 * outOfScope && accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                chosen = t;
            }
        }
        double threshold = chosen;
        long correct = test.stream().filter(e -> decide(model.favourite(e.text()), threshold).equals(e.label())).count();
        long caught = oosTest.stream().filter(e -> decide(model.favourite(e.text()), threshold).equals(OOS)).count();
        return new double[] {100.0 * correct / test.size(), 100.0 * caught / oosTest.size(), threshold};
    }

    private static String decide(IntentScore favourite, double threshold) {
        return favourite.confidence() < threshold ? OOS : favourite.intent();
    }

    private static List<IntentExample> split(JsonNode data, String key, Path file) {
        JsonNode items = data.get(key);
        if (items == null || !items.isArray()) {
            throw new UsageException("nlu-bench: " + file + " has no \"" + key + "\" array (is it CLINC150 data_full.json?)");
        }
        List<IntentExample> out = new ArrayList<>(items.size());
        for (JsonNode pair : items) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                throw new UsageException("nlu-bench: " + file + " \"" + key + "\" must hold [text, label] pairs");
            }
            out.add(new IntentExample(pair.get(1).asText(), pair.get(0).asText()));
        }
        return out;
    }
}
