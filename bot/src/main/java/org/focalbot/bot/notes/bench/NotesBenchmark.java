package org.focalbot.bot.notes.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.notes.search.NoteQuery;

/**
 * The measurements behind {@code bench-notes}: durable adds (each one its own committed write,
 * from one writer and from many at once) and search latency over a realistic query mix.
 */
public final class NotesBenchmark {

    public static final int AUTHORS = 40;

    /** How many adds took how long, with how many concurrent writers. */
    public record Adds(int notes, int writers, Duration elapsed) {
        public double perSecond() {
            return notes / (elapsed.toNanos() / 1e9);
        }
    }

    /** Latency percentiles of a run of queries, in milliseconds. */
    public record Latencies(int queries, double p50, double p95, double p99, double max, double mean) {
        public static Latencies of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return new Latencies(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6, mean);
        }

        private static double at(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    private final NoteBook notes;
    private final String workspace;
    private final SyntheticNotes text;

    public NotesBenchmark(NoteBook notes, String workspace, SyntheticNotes text) {
        this.notes = notes;
        this.workspace = workspace;
        this.text = text;
    }

    public static Author author(int i) {
        return new Author("web:user" + i, "User " + i, "web:local");
    }

    public List<Partnership> createPartnerships(int count) {
        List<Partnership> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(notes.partnerships().create(workspace, PartnershipSpec.named(text.partnershipName(i)), author(i % AUTHORS)));
        }
        return out;
    }

    /** Adds {@code count} notes from {@code writers} threads; every add is one durable commit. */
    public Adds add(List<Partnership> partnerships, int count, int writers, Instant from, Instant to, long seed)
            throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long span = Duration.between(from, to).toMillis();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Random random = new Random(seed * 1_000 + w);
            running.add(pool.submit(() -> {
                while (left.decrementAndGet() >= 0) {
                    Partnership p = partnerships.get(random.nextInt(partnerships.size()));
                    NoteDraft draft = new NoteDraft(text.note(random), text.tags(random), random.nextInt(10) == 0,
                            from.plusMillis((long) (random.nextDouble() * span)), null, null);
                    notes.add(workspace, author(random.nextInt(AUTHORS)), p.id(), draft);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Adds(count, writers, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The query mix: single words, pairs, quoted phrases, words with a partnership or time filter, filters alone. */
    public Function<Random, NoteQuery> queries(List<Partnership> partnerships, Instant now) {
        return random -> {
            NoteQuery q = NoteQuery.all(workspace, author(random.nextInt(AUTHORS)).id()).page(0, 10);
            Partnership p = partnerships.get(random.nextInt(partnerships.size()));
            int kind = random.nextInt(10);
            return switch (kind) {
                case 0, 1, 2, 3 -> q.withText(text.searchWord(random));
                case 4, 5 -> q.withText(text.searchWord(random) + " " + text.searchWord(random));
                case 6 -> {
                    String[] words = text.note(random).replace(",", "").replace(".", "").split(" ");
                    int i = random.nextInt(words.length - 1);
                    yield q.withText("\"" + words[i] + " " + words[i + 1] + "\"");
                }
                case 7 -> q.withText(text.searchWord(random)).withPartnership(p.id());
                case 8 -> q.withText(text.searchWord(random)).between(now.minus(Duration.ofDays(30 + random.nextInt(300))), now);
                default -> random.nextBoolean() ? q.withPartnership(p.id()) : q.withTag(text.tag(random));
            };
        };
    }

    /** Runs {@code warmup} unmeasured queries, then {@code count} measured ones. */
    public Latencies search(Function<Random, NoteQuery> queries, int warmup, int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < warmup; i++) {
            notes.search(queries.apply(random));
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            NoteQuery q = queries.apply(random);
            long t0 = System.nanoTime();
            notes.search(q);
            nanos[i] = System.nanoTime() - t0;
        }
        return Latencies.of(nanos);
    }
}
