package org.focalbot.adapters.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.focalbot.bot.store.Json;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.focalbot.knowledge.search.Answer;
import org.focalbot.knowledge.search.KnowledgeBase;

/**
 * {@code eval-qa FILE.jsonl}: asks every question of a question file and prints each failure and
 * the pass rate. {@code --knowledge-dir DIR} adds operator files; {@code --min-pass 0.9} makes the
 * exit code fail below that rate.
 */
public final class EvalQaCommand implements Command {

    static final int ANSWER_PREVIEW = 300;

    @Override
    public String name() {
        return "eval-qa";
    }

    @Override
    public String summary() {
        return "FILE.jsonl [--knowledge-dir DIR] [--min-pass 0.9]: answer a question file and print the pass rate and failures";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new UsageException("eval-qa: give a question file, e.g. eval-qa qa-dev.jsonl");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("eval-qa: " + file + " is not a readable file");
        }
        Options options = Options.parse(name(), args.subList(1, args.size()), Set.of("knowledge-dir", "min-pass"));
        double minPass = minPass(options);
        ObjectMapper mapper = Json.newMapper();
        List<QuestionFile.Item> items = QuestionFile.read(file, mapper, name());
        KnowledgeBase knowledge = new KnowledgeBase(new CorpusLoader(knowledgeDir(options)), Clock.systemUTC());

        int passed = 0;
        int answerable = 0;
        int answerablePassed = 0;
        int refused = 0;
        int unanswerable = 0;
        for (QuestionFile.Item item : items) {
            Answer answer = knowledge.ask(item.question());
            boolean ok = item.passes(answer.answered(), answer.text());
            if (ok) {
                passed++;
            }
            if (item.answerable()) {
                answerable++;
                answerablePassed += ok ? 1 : 0;
            } else {
                unanswerable++;
                refused += ok ? 1 : 0;
            }
            if (!ok) {
                out.printf("FAIL line %d: %s%n", item.line(), item.question());
                out.printf("  expected: %s; got answered=%s, confidence %.2f%n",
                        item.answerable() ? "an answer containing one of each of " + item.expect() : "a refusal",
                        answer.answered(), answer.confidence());
                out.printf("  answer: %s%n", preview(answer.text()));
            }
        }
        double rate = (double) passed / items.size();
        out.printf("passed %d/%d (%.1f%%); answerable %d/%d; unanswerable refused %d/%d%n",
                passed, items.size(), 100 * rate, answerablePassed, answerable, refused, unanswerable);
        return rate + 1e-9 >= minPass ? 0 : 1;
    }

    private static String preview(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= ANSWER_PREVIEW ? oneLine : oneLine.substring(0, ANSWER_PREVIEW) + "…";
    }

    static Optional<Path> knowledgeDir(Options options) {
        return options.get("knowledge-dir").map(d -> {
            Path dir = Path.of(d);
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--knowledge-dir " + d + " is not a directory");
            }
            return dir;
        });
    }

    private static double minPass(Options options) {
        Optional<String> raw = options.get("min-pass");
        if (raw.isEmpty()) {
            return 0;
        }
        try {
            double v = Double.parseDouble(raw.get());
            if (v < 0 || v > 1) {
                throw new UsageException("eval-qa: --min-pass must be between 0 and 1, e.g. 0.9");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("eval-qa: --min-pass must be a number between 0 and 1, got " + raw.get());
        }
    }
}
