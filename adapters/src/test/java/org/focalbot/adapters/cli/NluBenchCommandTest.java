package org.focalbot.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NluBenchCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Main main = new Main(List.of(new NluBenchCommand()));
        return main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static final String TRAIN = String.join("\n",
            "greet\thello", "greet\thi there", "greet\tgood morning", "greet\they", "greet\thiya",
            "bye\tgoodbye", "bye\tsee you", "bye\tbye bye", "bye\tthanks bye", "bye\tsee you later") + "\n";

    @Test
    void itWritesOneLabelAndConfidenceLinePerTestLineAndPrintsTheConfusionMatrix() throws Exception {
        Path train = write("train.tsv", TRAIN);
        Path test = write("test.tsv", "greet\thello again\nbye\tbye for now\ngreet\tgood morning to you\n");
        Path predictions = dir.resolve("p.tsv");

        int code = run("nlu-bench", "--train", train.toString(), "--test", test.toString(), "--out", predictions.toString(),
                "--iterations", "30", "--oos-label", "none");

        assertEquals(0, code, errors());
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).matches("greet\t[01]\\.\\d{4}"), lines.get(0));
        assertTrue(lines.get(1).matches("bye\t[01]\\.\\d{4}"), lines.get(1));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("accuracy 100.0% (3/3)"), report);
        assertTrue(report.contains("confusion matrix"), report);
    }

    @Test
    void aMissingTestFileIsOneLineAndAnErrorCode() {
        int code = run("nlu-bench", "--test", dir.resolve("absent.tsv").toString());
        assertNotEquals(0, code);
        assertOneLine(errors(), "is not a readable file");
    }

    @Test
    void aTrainingFileWithoutTabsNamesTheBadLine() throws Exception {
        Path train = write("train.tsv", "greet\thello\nthis line has no label\n");
        Path test = write("test.tsv", "greet\thello\n");
        int code = run("nlu-bench", "--train", train.toString(), "--test", test.toString());
        assertNotEquals(0, code);
        assertOneLine(errors(), "line 2");
    }

    @Test
    void trainingDataWithASingleLabelIsRefused() throws Exception {
        Path train = write("train.tsv", "greet\thello\ngreet\thi\n");
        Path test = write("test.tsv", "greet\thello\n");
        int code = run("nlu-bench", "--train", train.toString(), "--test", test.toString());
        assertNotEquals(0, code);
        assertOneLine(errors(), "at least two labels");
    }

    @Test
    void theClincProtocolPrintsThePaperRowsNextToOurThreeOperatingPoints() throws Exception {
        String data = "{\"train\": " + pairs("what is my balance", "balance", "show my account balance", "balance",
                "how much money do I have", "balance", "balance please", "balance", "check my balance", "balance",
                "book a flight", "flight", "I need a plane ticket", "flight", "fly me to Rome", "flight",
                "find flights to Paris", "flight", "reserve a flight", "flight")
                + ", \"oos_train\": " + pairs("sing a song", "oos", "who painted the mona lisa", "oos",
                "tell me a joke", "oos", "how tall is everest", "oos")
                + ", \"val\": " + pairs("balance in my account", "balance", "a flight to Berlin", "flight")
                + ", \"oos_val\": " + pairs("what is love", "oos", "play some jazz", "oos")
                + ", \"test\": " + pairs("what's my balance", "balance", "book me a flight", "flight")
                + ", \"oos_test\": " + pairs("recite a poem", "oos") + "}";

        assertEquals(0, run("nlu-bench", "--clinc", write("mini.json", data).toString(), "--iterations", "30"), errors());

        String report = out.toString(StandardCharsets.UTF_8);
        for (String row : List.of("DialogFlow (paper)", "Rasa (2019) (paper)", "this: maxent + MiniLM, oos class only",
                "this: + calibrated threshold (tuned on val)", "this: threshold for >= 60% OOS recall on val")) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith(row) && l.matches(".*\\d+\\.\\d%\\s+\\d+\\.\\d%")),
                    row + " in\n" + report);
        }
        assertTrue(report.contains("train 14 + val 4 (tuning only) + test 2 in-scope / 1 out-of-scope"), report);
        assertTrue(report.contains("classification p50"), report);
    }

    private static String pairs(String... textsAndLabels) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < textsAndLabels.length; i += 2) {
            json.append(i == 0 ? "" : ", ").append("[\"").append(textsAndLabels[i]).append("\", \"")
                    .append(textsAndLabels[i + 1]).append("\"]");
        }
        return json.append("]").toString();
    }

    @Test
    void clincInputThatIsNotTheDatasetIsRefused() throws Exception {
        assertNotEquals(0, run("nlu-bench", "--clinc", write("bad.json", "{not json").toString()));
        assertOneLine(errors(), "not valid JSON");
        err.reset();
        assertNotEquals(0, run("nlu-bench", "--clinc", write("other.json", "{\"train\": []}").toString()));
        assertOneLine(errors(), "\"oos_train\"");
        err.reset();
        assertNotEquals(0, run("nlu-bench", "--clinc", write("pairs.json", "{\"train\": [[1, 2, 3]]}").toString()));
        assertOneLine(errors(), "[text, label] pairs");
    }

    @Test
    void unknownOrIncompleteArgumentsAreUsageErrors() throws Exception {
        assertEquals(2, run("nlu-bench", "--bogus", "x"));
        assertOneLine(errors(), "unknown argument --bogus");
        err.reset();
        assertEquals(2, run("nlu-bench", "--test"));
        assertOneLine(errors(), "needs a value");
        err.reset();
        assertEquals(2, run("nlu-bench", "--clinc", write("c.json", "{}").toString(), "--test", "x"));
        assertOneLine(errors(), "runs on its own");
    }

    private static void assertOneLine(String text, String expected) {
        assertTrue(text.contains(expected), text);
        assertEquals(1, text.strip().lines().count(), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
    }
}
