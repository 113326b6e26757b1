package org.focalbot.adapters.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.web.ChatRoutes;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.bench.NotesBenchmark;
import org.focalbot.bot.notes.bench.SyntheticNotes;
import org.focalbot.bot.notes.search.Analyzer;
import org.focalbot.bot.notes.search.NoteIndex;
import org.focalbot.bot.notes.search.NoteQuery;
import org.focalbot.bot.store.DataDirectory;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.MapDbDocumentStore;

/**
 * {@code bench-notes}: fills a fresh data directory with synthetic notes through the real note
 * book and store (every add its own durable commit), measures search latency, the store's size,
 * and how long a fresh server takes to start on that directory, and prints the figures.
 */
public final class BenchNotesCommand implements Command {

    private static final Pattern READY = Pattern.compile("ready in (\\d+) ms at (http://\\S+)");
    private static final Pattern INDEX = Pattern.compile("notes index ready: (\\d+) notes in (\\d+) ms");

    @Override
    public String name() {
        return "bench-notes";
    }

    @Override
    public String summary() {
        return "benchmark notes: durable adds/s, search p50/p99, store size, server start (--notes 100000 --partnerships 200)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(name(), args, Set.of("notes", "partnerships", "writers", "single", "searches", "dir",
                "keep", "seed"));
        int total = o.integer("notes", 100_000, 1_000, 10_000_000);
        int partnershipCount = o.integer("partnerships", 200, 1, 100_000);
        int writers = o.integer("writers", 32, 1, 1_024);
        int single = o.integer("single", 1_000, 0, total - 1);
        int searches = o.integer("searches", 5_000, 100, 1_000_000);
        long seed = o.integer("seed", 42, 0, Integer.MAX_VALUE);
        boolean keep = o.get("keep").map(v -> v.equalsIgnoreCase("true")).orElse(false);
        Path dir = o.get("dir").map(Path::of).orElse(null);
        if (dir == null) {
            dir = Files.createTempDirectory("focalbot-bench-");
        } else if (Files.exists(dir) && !isEmptyDirectory(dir)) {
            throw new UsageException(name() + ": --dir " + dir + " is not empty; the benchmark needs a fresh directory");
        }
        out.printf(Locale.ROOT, "bench-notes: %,d notes across %,d partnerships in one workspace; data in %s%n", total,
                partnershipCount, dir.toAbsolutePath());
        out.printf(Locale.ROOT, "machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
        try {
            measure(dir, total, partnershipCount, writers, single, searches, seed, out);
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private void measure(Path dir, int total, int partnershipCount, int writers, int single, int searches, long seed,
                         PrintStream out) throws Exception {
        String workspace = "web:" + ChatRoutes.WEB_TENANT;
        SyntheticNotes text = new SyntheticNotes(seed);
        Instant now = Instant.now();
        List<Partnership> partnerships;
        Function<Random, NoteQuery> queries;
        try (DataDirectory data = DataDirectory.lock(dir);
             MapDbDocumentStore store = MapDbDocumentStore.open(data.resolve(Application.STORE_FILE))) {
            Clock clock = Clock.systemUTC();
            ObjectMapper mapper = Json.newMapper();
            NoteIds ids = new NoteIds(clock);
            NoteBook notes = new NoteBook(store, mapper, new PartnershipRegistry(store, mapper, ids, clock),
                    new NoteIndex(new Analyzer()), ids, clock);
            notes.loadIndex();
            NotesBenchmark bench = new NotesBenchmark(notes, workspace, text);
            partnerships = bench.createPartnerships(partnershipCount);
            Instant from = now.minus(Duration.ofDays(730));
            if (single > 0) {
                NotesBenchmark.Adds one = bench.add(partnerships, single, 1, from, now, seed);
                out.printf(Locale.ROOT, "durable adds, 1 writer:   %,9d notes in %6.1f s = %,7.0f adds/s (each add one committed, fsynced write)%n",
                        one.notes(), one.elapsed().toMillis() / 1000.0, one.perSecond());
            }
            NotesBenchmark.Adds many = bench.add(partnerships, total - single, writers, from, now, seed + 1);
            out.printf(Locale.ROOT, "durable adds, %d writers: %,9d notes in %6.1f s = %,7.0f adds/s (each add one committed write; concurrent adds share an fsync)%n",
                    writers, many.notes(), many.elapsed().toMillis() / 1000.0, many.perSecond());
            queries = bench.queries(partnerships, now);
            NotesBenchmark.Latencies l = bench.search(queries, 1_000, searches, seed);
            out.printf(Locale.ROOT, "search in process, %,d queries (mixed: words, pairs, phrases, filters; 10 per page): "
                    + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms, mean %.2f ms%n",
                    l.queries(), l.p50(), l.p95(), l.p99(), l.max(), l.mean());
        }
        long db = Files.size(dir.resolve(Application.STORE_FILE));
        Path journal = dir.resolve(Application.STORE_FILE + ".journal");
        out.printf(Locale.ROOT, "store file after a clean close: %s = %,.1f MB (%,d bytes, %.0f bytes per note); journal %,d bytes%n",
                Application.STORE_FILE, db / 1e6, db, (double) db / total, Files.exists(journal) ? Files.size(journal) : 0);
        serverStart(dir, total, queries, seed, out);
    }

    /** Starts the real server in a fresh JVM on the directory and times it; then searches it over HTTP. */
    private void serverStart(Path dir, int total, Function<Random, NoteQuery> queries, long seed, PrintStream out)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve")
                .redirectErrorStream(true);
        pb.environment().put("DATA_DIR", dir.toString());
        pb.environment().put("PORT", "0");
        pb.environment().put("HOST", "127.0.0.1");
        pb.environment().remove("FOCAL_API_TOKEN");
        pb.environment().remove("WORKSPACE_LINKS_FILE");
        long started = System.nanoTime();
        Process server = pb.start();
        // Everything the server prints is read on its own thread, so it can never block on a full pipe.
        java.util.concurrent.CompletableFuture<Matcher> ready = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<String> indexLine = new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.complete(m);
                    }
                    Matcher i = INDEX.matcher(line);
                    if (i.find()) {
                        indexLine.set(i.group());
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
            ready.completeExceptionally(new IllegalStateException("the server stopped before it was ready"));
        }, "bench-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Matcher m = ready.get(2, TimeUnit.MINUTES);
            long readyMs = Long.parseLong(m.group(1));
            String base = m.group(2);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/partnerships/notes?user=user1&q=mayor")).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long searchableMs = (System.nanoTime() - started) / 1_000_000;
            Thread.sleep(200);
            out.printf(Locale.ROOT, "server start on %,d notes (fresh JVM): ready (GET /health UP) in %,d ms; first search "
                    + "answered (HTTP %d) %,d ms after launch%s%n", total, readyMs, first.statusCode(), searchableMs,
                    indexLine.get() == null ? "" : "; server log: " + indexLine.get());
            Random random = new Random(seed + 7);
            long[] nanos = new long[1_000];
            for (int i = 0; i < nanos.length + 200; i++) {
                URI uri = URI.create(base + "/api/partnerships/notes?" + queryString(queries.apply(random)));
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("search " + uri + " answered " + r.statusCode() + ": " + r.body());
                }
                if (i >= 200) {
                    nanos[i - 200] = System.nanoTime() - t0;
                }
            }
            NotesBenchmark.Latencies l = NotesBenchmark.Latencies.of(nanos);
            out.printf(Locale.ROOT, "search over HTTP (GET /api/partnerships/notes), %,d queries: p50 %.2f ms, p95 %.2f ms, "
                    + "p99 %.2f ms, max %.1f ms%n", l.queries(), l.p50(), l.p95(), l.p99(), l.max());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static String queryString(NoteQuery q) {
        StringBuilder sb = new StringBuilder("user=").append(enc(q.viewer().substring(q.viewer().indexOf(':') + 1)));
        if (q.text() != null) {
            sb.append("&q=").append(enc(q.text()));
        }
        if (q.partnershipId() != null) {
            sb.append("&partnership=").append(enc(q.partnershipId()));
        }
        if (q.tag() != null) {
            sb.append("&tag=").append(enc(q.tag()));
        }
        if (q.from() != null) {
            sb.append("&from=").append(enc(q.from().toString()));
        }
        if (q.to() != null) {
            sb.append("&to=").append(enc(q.to().toString()));
        }
        return sb.append("&limit=").append(q.limit()).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
