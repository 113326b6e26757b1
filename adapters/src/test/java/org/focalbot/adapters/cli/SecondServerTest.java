package org.focalbot.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second server process pointed at a data directory in use stops at once with one clear line. */
class SecondServerTest {

    @Test
    void aSecondServerOnTheSameDataDirectoryFailsFastWithAClearMessage(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (Application first = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", data.toString())),
                Clock.systemUTC())) {
            Path err = dir.resolve("second.err");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve")
                    .redirectError(err.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("DATA_DIR", data.toString());
            pb.environment().put("PORT", "0");
            pb.environment().remove("FOCAL_API_TOKEN");
            long start = System.nanoTime();
            Process second = pb.start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second server must not hang");
            String message = Files.readString(err).strip();
            assertEquals(1, second.exitValue(), message);
            assertTrue(message.contains("is already in use by another Focal Point Assistant process"), message);
            assertEquals(1, message.lines().count(), "one line, no stack trace: " + message);
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 30);
            assertTrue(first.port() > 0, "the first server keeps running");
        }
    }
}
