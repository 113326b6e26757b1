package org.focalbot.adapters.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.focalbot.bot.store.Json;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.focalbot.knowledge.corpus.Section;
import org.focalbot.knowledge.search.KnowledgeBase;

/**
 * {@code bench-ask}: measures how long the guidance index takes to build (first build in a fresh
 * JVM, then the median of repeated builds) and the latency of answering questions (p50, p90, p99).
 * Questions come from {@code --questions FILE.jsonl} or are made from every section's heading and keywords.
 */
public final class BenchAskCommand implements Command {

    @Override
    public String name() {
        return "bench-ask";
    }

    @Override
    public String summary() {
        return "[--iterations N] [--builds N] [--questions FILE.jsonl] [--knowledge-dir DIR]: index build time and answer latency";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(name(), args, Set.of("iterations", "builds", "questions", "knowledge-dir"));
        int iterations = options.integer("iterations", 5_000, 1, 10_000_000);
        int builds = options.integer("builds", 10, 1, 1_000);
        CorpusLoader loader = new CorpusLoader(EvalQaCommand.knowledgeDir(options));

        long start = System.nanoTime();
        KnowledgeBase knowledge = new KnowledgeBase(loader, Clock.systemUTC());
        double firstBuildMs = (System.nanoTime() - start) / 1e6;
        double[] buildMs = new double[builds];
        for (int i = 0; i < builds; i++) {
            long t = System.nanoTime();
            knowledge.reload();
            buildMs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(buildMs);

        List<String> questions = options.has("questions")
                ? QuestionFile.read(options.existingFile("questions"), Json.newMapper(), name()).stream()
                        .map(QuestionFile.Item::question).toList()
                : questionsFromHeadings(knowledge);
        for (int i = 0; i < Math.min(2_000, iterations); i++) {
            knowledge.ask(questions.get(i % questions.size()));
        }
        long[] nanos = new long[iterations];
        int answered = 0;
        for (int i = 0; i < iterations; i++) {
            String q = questions.get(i % questions.size());
            long t = System.nanoTime();
            boolean a = knowledge.ask(q).answered();
            nanos[i] = System.nanoTime() - t;
            answered += a ? 1 : 0;
        }
        Arrays.sort(nanos);
        KnowledgeBase.Stats stats = knowledge.stats();
        out.printf("corpus: %d documents, %d sections, %d index terms%n", stats.documents(), stats.sections(), stats.terms());
        out.printf("index build: first %.0f ms (cold JVM), median %.1f ms, max %.1f ms over %d rebuilds%n",
                firstBuildMs, buildMs[builds / 2], buildMs[builds - 1], builds);
        out.printf("answer latency over %d asks of %d distinct questions (%.0f%% answered): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                iterations, questions.size(), 100.0 * answered / iterations,
                percentile(nanos, 0.50), percentile(nanos, 0.90), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        return 0;
    }

    /** One question per section, made from its heading and its first keyword, as users might type them. */
    static List<String> questionsFromHeadings(KnowledgeBase knowledge) {
        List<String> out = new ArrayList<>();
        for (Section s : knowledge.corpus().sections()) {
            out.add("What does the guidance say about " + s.title().toLowerCase(java.util.Locale.ROOT) + "?");
            if (!s.keywords().isEmpty()) {
                out.add(s.keywords().get(0) + "?");
            }
        }
        return out;
    }

    private static double percentile(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[i] / 1e6;
    }
}
