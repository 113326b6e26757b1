package org.focalbot.adapters.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.focalbot.bot.nlu.FeatureConfig;
import org.focalbot.bot.nlu.IntentModel;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.IntentTrainer;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.MiniLmSentenceEncoder;
import org.focalbot.bot.nlu.TrainerConfig;
import org.focalbot.knowledge.intents.IntentExample;
import org.focalbot.knowledge.intents.IntentExamples;

/**
 * {@code nlu-bench}: trains the assistant's intent classifier on a TSV and scores a test TSV
 * (accuracy, confusion matrix, optional predictions file), or runs the CLINC150 protocol.
 */
public final class NluBenchCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("train", "test", "out", "clinc", "iterations", "oos-label", "embeddings", "head-epochs");

    @Override
    public String name() {
        return "nlu-bench";
    }

    @Override
    public String summary() {
        return "intent classifier benchmark: --train T.tsv --test E.tsv [--out P.tsv] (no --train: the bundled "
                + "training data), or --clinc data_full.json; --embeddings off leaves out the sentence vectors";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options o = Options.parse(name(), args, OPTIONS);
        TrainerConfig config = TrainerConfig.DEFAULT.withIterations(
                o.integer("iterations", TrainerConfig.DEFAULT.iterations(), 1, 10_000))
                .withThreads(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())))
                .withHeadEpochs(o.integer("head-epochs", TrainerConfig.DEFAULT.headEpochs(), 1, 1_000));
        // --no-embeddings true: words and characters only, to measure what the sentence vectors add.
        boolean embeddings = !o.has("embeddings");
        IntentTrainer trainer = new IntentTrainer(config, FeatureConfig.DEFAULT,
                embeddings ? new MiniLmSentenceEncoder(config.threads()) : null);
        if (o.has("clinc")) {
            if (o.has("train") || o.has("test") || o.has("out")) {
                throw new UsageException(name() + ": --clinc runs on its own; leave out --train, --test and --out");
            }
            new ClincBenchmark(trainer, out).run(o.existingFile("clinc"));
            return 0;
        }
        Path test = o.existingFile("test");
        List<IntentExample> train = o.has("train") ? read(o.existingFile("train")) : IntentExamples.bundled();
        List<TestLine> tests = readTest(test);
        String oosLabel = o.get("oos-label").orElse(Intents.OUT_OF_SCOPE);
        long start = System.nanoTime();
        IntentModel model = trainer.train(train, oosLabel);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        List<IntentScore> predictions = new ArrayList<>(tests.size());
        long[] nanos = new long[tests.size()];
        for (int i = 0; i < tests.size(); i++) {
            long t0 = System.nanoTime();
            predictions.add(model.rank(tests.get(i).text()).get(0));
            nanos[i] = System.nanoTime() - t0;
        }
        if (o.has("out")) {
            writePredictions(Path.of(o.required("out")), predictions);
        }
        out.printf(Locale.ROOT, "trained on %d examples (%d labels) in %.2f s; sentence encoder: %s; calibration: "
                        + "temperature %.2f, out-of-scope threshold %.2f%n", train.size(),
                model.labels().size(), trainSeconds, model.encoderId(), model.calibration().temperature(),
                model.calibration().threshold());
        out.printf(Locale.ROOT, "classified %d messages, p50 %.3f ms%n", tests.size(), BenchStats.percentile(nanos, 50) / 1e6);
        List<String> truth = tests.stream().map(TestLine::label).toList();
        if (truth.stream().allMatch(l -> l != null)) {
            List<String> predicted = predictions.stream().map(IntentScore::intent).toList();
            out.print(ConfusionMatrix.of(truth, predicted).render());
        }
        return 0;
    }

    private List<IntentExample> read(Path file) throws IOException {
        List<IntentExample> examples = IntentExamples.read(file);
        if (examples.isEmpty()) {
            throw new UsageException(name() + ": " + file + " has no examples");
        }
        return examples;
    }

    /** A test line: {@code label<TAB>text}, or just the text when the label is unknown. */
    record TestLine(String label, String text) {
    }

    private List<TestLine> readTest(Path file) throws IOException {
        List<TestLine> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            lines.add(tab < 0 ? new TestLine(null, line.strip())
                    : new TestLine(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        if (lines.isEmpty()) {
            throw new UsageException(name() + ": " + file + " has no test lines");
        }
        return lines;
    }

    private static void writePredictions(Path file, List<IntentScore> predictions) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (IntentScore p : predictions) {
                w.write(p.intent() + "\t" + String.format(Locale.ROOT, "%.4f", p.confidence()));
                w.newLine();
            }
        }
    }

    static long modelBytes(IntentModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return bytes.size();
    }
}
