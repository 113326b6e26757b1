package org.focalbot.adapters.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.focalbot.bot.notes.drill.CrashDrill;

/**
 * {@code crash-test}: the crash drill of the test suite, as long as you like — a child JVM writes
 * notes and is killed with SIGKILL at random moments, and after each kill the store must open
 * normally with every acknowledged note in it. Exit code 0 when nothing was lost.
 */
public final class CrashTestCommand implements Command {

    @Override
    public String name() {
        return "crash-test";
    }

    @Override
    public String summary() {
        return "kill a note-writing child JVM with SIGKILL again and again and check nothing acknowledged is lost (--rounds 200)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(name(), args, Set.of("rounds", "writers", "dir", "seed"));
        int rounds = o.integer("rounds", 200, 1, 100_000);
        int writers = o.integer("writers", 4, 1, 64);
        long seed = o.integer("seed", (int) (System.nanoTime() & 0x7fffffff), 0, Integer.MAX_VALUE);
        boolean temporary = !o.has("dir");
        Path dir = temporary ? Files.createTempDirectory("focalbot-crash-") : Path.of(o.required("dir"));
        out.printf(Locale.ROOT, "crash-test: %d rounds, %d writer threads, seed %d, data in %s%n", rounds, writers, seed, dir);
        try {
            CrashDrill.Result r = new CrashDrill(CrashDrill.currentJava(), System.getProperty("java.class.path"), writers,
                    seed, out).run(dir, rounds);
            if (r.passed()) {
                out.printf(Locale.ROOT, "crash-test: PASSED: %d kills (%d while writing), %,d acknowledged writes, none lost, "
                        + "the store opened every time%n", r.rounds(), r.killedWhileWriting(), r.acknowledged());
                return 0;
            }
            err.println("crash-test: FAILED");
            r.problems().forEach(err::println);
            return 1;
        } finally {
            if (temporary) {
                BenchNotesCommand.deleteTree(dir);
            }
        }
    }
}
