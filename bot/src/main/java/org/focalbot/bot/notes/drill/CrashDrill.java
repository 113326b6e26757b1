package org.focalbot.bot.notes.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.search.Analyzer;
import org.focalbot.bot.notes.search.NoteIndex;
import org.focalbot.bot.store.DataDirectory;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.MapDbDocumentStore;

/**
 * The crash drill: starts {@link CrashDrillWriter} in a child JVM, kills it with SIGKILL at a
 * random moment (during startup, recovery or writing), reopens the data directory the normal way
 * — no recovery bypass — and checks that it opens and that every write the child ever
 * acknowledged is there. Rounds share one directory, so every round also recovers from the last.
 */
public final class CrashDrill {

    /** What the drill found. */
    public record Result(int rounds, int acknowledged, int killedWhileWriting, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** A write the child reported: the note, its version and the hash of its text then. */
    private record Ack(String id, long version, String hash) {
    }

    private final String java;
    private final String classPath;
    private final int threads;
    private final Random random;
    private final PrintStream log;

    public CrashDrill(String java, String classPath, int threads, long seed, PrintStream log) {
        this.java = java;
        this.classPath = classPath;
        this.threads = threads;
        this.random = new Random(seed);
        this.log = log;
    }

    /** The java executable of this JVM, for the child. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public Result run(Path dataDir, int rounds) throws IOException, InterruptedException {
        Map<String, Ack> acked = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int whileWriting = 0;
        for (int round = 1; round <= rounds && problems.isEmpty(); round++) {
            Path stderr = Files.createTempFile("crash-drill-", ".err");
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", classPath, CrashDrillWriter.class.getName(), dataDir.toString(), Integer.toString(threads),
                    Long.toString(random.nextLong()))
                    .redirectError(stderr.toFile())
                    .start();
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> readLines(child, lines), "crash-drill-reader");
            reader.start();
            // Most kills land while notes are being written; some during startup and recovery.
            boolean duringStartup = random.nextInt(4) == 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            if (!duringStartup) {
                while (!contains(lines, "READY") && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            }
            Thread.sleep(duringStartup ? random.nextInt(1_200) : 50 + random.nextInt(950));
            boolean wasAlive = child.isAlive();
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
            if (!wasAlive) {
                problems.add("round " + round + ": the writer died on its own (exit " + child.exitValue() + "): "
                        + Files.readString(stderr).strip());
            }
            Files.deleteIfExists(stderr);
            int before = acked.size();
            synchronized (lines) {
                for (String line : lines) {
                    record(line, acked);
                }
                if (contains(lines, "READY") && !duringStartup) {
                    whileWriting++;
                }
            }
            problems.addAll(verify(dataDir, acked, round));
            log.printf("round %d: killed %s, %d new acknowledged writes, %d in all, %s%n", round,
                    duringStartup ? "early (startup or recovery)" : "while writing", acked.size() - before, acked.size(),
                    problems.isEmpty() ? "store opens, nothing lost" : "PROBLEMS");
        }
        return new Result(rounds, acked.size(), whileWriting, problems);
    }

    private static List<String> verify(Path dataDir, Map<String, Ack> acked, int round) {
        List<String> problems = new ArrayList<>();
        try (DataDirectory dir = DataDirectory.lock(dataDir);
             MapDbDocumentStore store = MapDbDocumentStore.open(dir.resolve(CrashDrillWriter.STORE_FILE))) {
            Clock clock = Clock.systemUTC();
            var mapper = Json.newMapper();
            NoteIds ids = new NoteIds(clock);
            NoteBook notes = new NoteBook(store, mapper, new PartnershipRegistry(store, mapper, ids, clock),
                    new NoteIndex(new Analyzer()), ids, clock);
            notes.loadIndex();
            for (Ack a : acked.values()) {
                Optional<Note> n = notes.get(CrashDrillWriter.WORKSPACE, CrashDrillWriter.WRITER.id(), a.id());
                if (n.isEmpty()) {
                    problems.add("round " + round + ": acknowledged note " + a.id() + " is missing");
                } else if (n.get().version() < a.version()) {
                    problems.add("round " + round + ": note " + a.id() + " is at version " + n.get().version()
                            + " but version " + a.version() + " was acknowledged");
                } else if (n.get().version() == a.version() && !CrashDrillWriter.hash(n.get().text()).equals(a.hash())) {
                    problems.add("round " + round + ": note " + a.id() + " version " + a.version() + " has other text");
                }
            }
        } catch (RuntimeException e) {
            StringBuilder where = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                where.append("\n  ").append(t);
                for (int i = 0; i < Math.min(12, t.getStackTrace().length); i++) {
                    where.append("\n    at ").append(t.getStackTrace()[i]);
                }
            }
            problems.add("round " + round + ": the store did not open after the kill:" + where);
        }
        return problems;
    }

    private static void record(String line, Map<String, Ack> acked) {
        String[] f = line.split(" ");
        if (!f[f.length - 1].equals("OK")) {
            // A line cut short by the kill was never a complete acknowledgement.
            return;
        }
        if (f[0].equals("ADD") && f.length == 4) {
            acked.put(f[1], new Ack(f[1], 1, f[2]));
        } else if (f[0].equals("EDIT") && f.length == 5) {
            long version = Long.parseLong(f[2]);
            Ack previous = acked.get(f[1]);
            if (previous == null || previous.version() < version) {
                acked.put(f[1], new Ack(f[1], version, f[3]));
            }
        }
    }

    private static void readLines(Process child, List<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child is killed; whatever was read is what was acknowledged.
        }
    }

    private static boolean contains(List<String> lines, String wanted) {
        synchronized (lines) {
            return lines.contains(wanted);
        }
    }
}
