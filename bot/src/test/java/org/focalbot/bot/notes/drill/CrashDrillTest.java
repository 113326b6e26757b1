package org.focalbot.bot.notes.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.focalbot.bot.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing acknowledged is lost across SIGKILL, and a data directory has one owner at a time. */
class CrashDrillTest {

    static final int ROUNDS = 20;

    @Test
    void everyAcknowledgedNoteSurvivesRepeatedKillsAndTheStoreAlwaysOpens(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrashDrill drill = new CrashDrill(CrashDrill.currentJava(), System.getProperty("java.class.path"), 4,
                System.nanoTime(), new PrintStream(log, true, StandardCharsets.UTF_8));
        CrashDrill.Result result = drill.run(dir, ROUNDS);
        String report = log.toString(StandardCharsets.UTF_8);
        assertTrue(result.passed(), String.join("\n", result.problems()) + "\n" + report);
        assertEquals(ROUNDS, result.rounds());
        assertTrue(result.killedWhileWriting() >= 5, "most kills must land while writing:\n" + report);
        assertTrue(result.acknowledged() >= 20, "the drill wrote too little to prove anything:\n" + report);
    }

    @Test
    void aSecondProcessOnTheSameDataDirectoryFailsFastWithAClearMessage(@TempDir Path dir) throws Exception {
        try (DataDirectory held = DataDirectory.lock(dir)) {
            Path err = Files.createTempFile(dir.getParent(), "second-", ".err");
            Process second = new ProcessBuilder(CrashDrill.currentJava(), "-cp", System.getProperty("java.class.path"),
                    CrashDrillWriter.class.getName(), dir.toString(), "1", "1")
                    .redirectError(err.toFile())
                    .start();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second process must not hang");
            String message = Files.readString(err);
            assertEquals(3, second.exitValue(), message);
            assertTrue(message.contains("is already in use by another Focal Point Assistant process"), message);
            assertEquals(1, message.strip().lines().count(), "one clear line, no stack trace: " + message);
            Files.delete(err);
        }
    }
}
