package org.focalbot.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQaCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Main main = new Main(List.of(new EvalQaCommand()));
        return main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void itPrintsThePassRateAndEachFailure() throws IOException {
        Path file = dir.resolve("qa.jsonl");
        Files.writeString(file, """
                {"q": "Who should be the fiduciary agent?", "expect": [["leading partner", "rotate"]]}
                {"q": "Who should be the fiduciary agent?", "expect": [["a phrase no answer contains"]]}
                {"q": "What is the capital of France?", "answerable": false}
                """);
        int code = run("eval-qa", file.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(text.contains("passed 2/3 (66.7%); answerable 1/2; unanswerable refused 1/1"), text);
        assertTrue(text.contains("FAIL line 2: Who should be the fiduciary agent?"), text);
        assertEquals(1, run("eval-qa", file.toString(), "--min-pass", "0.9"));
    }

    @Test
    void aMalformedLineIsOneClearErrorWithItsLineNumber() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"q\": \"ok?\"}\n{not json\n");
        assertEquals(2, run("eval-qa", file.toString()));
        assertEquals("focalbot: eval-qa: bad.jsonl line 2: not valid JSON" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsReported() {
        assertEquals(2, run("eval-qa", dir.resolve("none.jsonl").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a readable file"));
    }
}
