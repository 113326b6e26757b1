package org.focalbot.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.focalbot.adapters.host.ConfigException;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Main main, String... args) {
        return main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Main mainWith(Command command) {
        return new Main(List.of(command));
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsWith2() {
        assertEquals(2, run(mainWith(new ServeCommand()), "frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("focalbot: unknown command \"frobnicate\""));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("serve"));
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run(mainWith(new ServeCommand()), "help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("serve"));
    }

    @Test
    void aConfigurationErrorIsOneLineAndExitCode2() {
        Command failing = command(() -> {
            throw new ConfigException("PORT must be a whole number, got \"x\"");
        });
        assertEquals(2, run(mainWith(failing), "fail"));
        assertEquals("focalbot: PORT must be a whole number, got \"x\"\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
        Command failing = command(() -> {
            throw new IllegalStateException("disk on fire");
        });
        assertEquals(1, run(mainWith(failing), "fail"));
        assertEquals("focalbot: fail failed: disk on fire\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void optionsRejectUnknownFlagsAndMissingValues() {
        Command strict = new Command() {
            public String name() {
                return "strict";
            }

            public String summary() {
                return "test";
            }

            public int run(List<String> args, PrintStream o, PrintStream e) {
                Options.parse("strict", args, java.util.Set.of("in"));
                return 0;
            }
        };
        assertEquals(2, run(mainWith(strict), "strict", "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown argument --out"));
        assertEquals(2, run(mainWith(strict), "strict", "--in"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--in needs a value"));
    }

    private static Command command(Runnable body) {
        return new Command() {
            public String name() {
                return "fail";
            }

            public String summary() {
                return "fails";
            }

            public int run(List<String> args, PrintStream o, PrintStream e) {
                body.run();
                return 0;
            }
        };
    }
}
