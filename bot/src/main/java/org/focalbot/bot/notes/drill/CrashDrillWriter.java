package org.focalbot.bot.notes.drill;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteChange;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.NotesException;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.notes.search.Analyzer;
import org.focalbot.bot.notes.search.NoteIndex;
import org.focalbot.bot.store.DataDirectory;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.MapDbDocumentStore;
import org.focalbot.bot.store.StoreException;

/**
 * The child process of the crash drill: opens a data directory exactly as the server does, then
 * writes notes (and edits some) from several threads until it is killed, printing one line per
 * write only after that write has returned, i.e. was committed:
 * {@code ADD <id> <hash> OK} and {@code EDIT <id> <version> <hash> OK} (the final OK shows the line is whole).
 *
 * <p>Usage: {@code CrashDrillWriter <dataDir> <threads> <seed>}. Exit code 3 with one line on
 * stderr when the directory cannot be opened (e.g. another process holds it).
 */
public final class CrashDrillWriter {

    static final String STORE_FILE = "focalbot.db";
    static final String WORKSPACE = "web:crash-drill";
    static final Author WRITER = new Author("web:drill", "Crash Drill", "web:crash-drill");

    private CrashDrillWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        DataDirectory dir;
        MapDbDocumentStore store;
        try {
            dir = DataDirectory.lock(Path.of(args[0]));
            store = MapDbDocumentStore.open(dir.resolve(STORE_FILE));
        } catch (StoreException e) {
            System.err.println("focalbot: " + e.getMessage());
            System.exit(3);
            return;
        }
        int threads = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Clock clock = Clock.systemUTC();
        var mapper = Json.newMapper();
        NoteIds ids = new NoteIds(clock);
        PartnershipRegistry registry = new PartnershipRegistry(store, mapper, ids, clock);
        NoteBook notes = new NoteBook(store, mapper, registry, new NoteIndex(new Analyzer()), ids, clock);
        notes.loadIndex();
        Partnership p = registry.find(WORKSPACE, "Crash Drill").orElseGet(() -> {
            try {
                return registry.create(WORKSPACE, PartnershipSpec.named("Crash Drill"), WRITER);
            } catch (NotesException e) {
                return registry.find(WORKSPACE, "Crash Drill").orElseThrow();
            }
        });
        out.println("READY");
        AtomicBoolean running = new AtomicBoolean(true);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread writer = new Thread(() -> write(notes, p, out, new Random(seed * 31 + thread), thread, running),
                    "drill-writer-" + t);
            writer.start();
        }
    }

    private static void write(NoteBook notes, Partnership p, PrintStream out, Random random, int thread,
                              AtomicBoolean running) {
        Note last = null;
        for (long i = 0; running.get(); i++) {
            if (last != null && random.nextInt(4) == 0) {
                String text = last.text() + " (edited " + i + ")";
                Note edited = notes.edit(WORKSPACE, WRITER, last.id(), last.version(), NoteChange.text(text));
                synchronized (out) {
                    out.println("EDIT " + edited.id() + " " + edited.version() + " " + hash(edited.text()) + " OK");
                }
                last = edited;
                continue;
            }
            String text = "drill note " + thread + "-" + i + " " + WORDS.get(random.nextInt(WORDS.size())) + " "
                    + WORDS.get(random.nextInt(WORDS.size())) + " " + "x".repeat(random.nextInt(200));
            Note added = notes.add(WORKSPACE, WRITER, p.id(), NoteDraft.of(text));
            synchronized (out) {
                out.println("ADD " + added.id() + " " + hash(added.text()) + " OK");
            }
            last = added;
        }
    }

    static String hash(String text) {
        return Integer.toHexString(text.hashCode());
    }

    private static final List<String> WORDS = List.of("mayor", "budget", "MoU", "water", "utility", "council",
            "ministry", "training", "apprenticeship", "launch", "governance", "monitoring", "funding", "agreement");
}
