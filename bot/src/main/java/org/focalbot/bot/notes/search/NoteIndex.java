package org.focalbot.bot.notes.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.focalbot.bot.notes.Note;

/**
 * The searchable, in-memory view of every workspace's notes, rebuilt from the store at startup
 * and kept in step with it by after-commit actions. Each workspace has its own index, so a query
 * can only ever see the workspace it names.
 *
 * <p>A new index is loading: changes reported before {@link #load} has finished are queued and
 * applied after the snapshot, in commit order (applying one twice is harmless), and queries wait
 * for the load. So the server can start before a large store is indexed, and no change made
 * meanwhile is lost or resurrected.
 */
public final class NoteIndex {

    /** How long a query waits for the initial load before giving up with a clear message. */
    static final long WAIT_SECONDS = 60;

    private final Analyzer analyzer;
    private static final int MAX_CACHED_WORDS = 1_000_000;

    private final TermIds ids = new TermIds();
    /** Each word seen to its term id, so indexing a note costs one lookup per word. */
    private final ConcurrentHashMap<String, Integer> wordIds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, WorkspaceIndex> workspaces = new ConcurrentHashMap<>();
    private final Object loading = new Object();
    private final List<Runnable> queued = new ArrayList<>();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private boolean ready;
    private volatile String failure;

    public NoteIndex(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** An empty index that needs no load (tests, fresh in-memory stores). */
    public static NoteIndex ready(Analyzer analyzer) {
        NoteIndex index = new NoteIndex(analyzer);
        index.load(List.of());
        return index;
    }

    /** Indexes the store's notes (a consistent snapshot), then the changes queued meanwhile; then queries run. */
    public void load(Collection<Note> snapshot) {
        snapshot.parallelStream().forEach(this::index);
        synchronized (loading) {
            queued.forEach(Runnable::run);
            queued.clear();
            ready = true;
        }
        loaded.countDown();
    }

    /** The initial load failed: queries fail at once with this reason instead of waiting. */
    public void failed(String reason) {
        failure = reason;
        loaded.countDown();
    }

    /** Waits for the initial load; true once queries can run. */
    public boolean awaitLoaded(long timeout, TimeUnit unit) throws InterruptedException {
        return loaded.await(timeout, unit) && failure == null;
    }

    /** Adds a note or replaces an older version of it. */
    public void put(Note note) {
        put(prepare(note));
    }

    /** A note analysed for the index, ready to be put in quickly (e.g. after a commit, under the store's lock). */
    public static final class Prepared {
        private final WorkspaceIndex.Entry entry;

        private Prepared(WorkspaceIndex.Entry entry) {
            this.entry = entry;
        }
    }

    /** Does the costly part of indexing a note (splitting and stemming) up front. */
    public Prepared prepare(Note note) {
        return new Prepared(analyse(note));
    }

    /** Puts a prepared note in: only the posting lists change. */
    public void put(Prepared prepared) {
        Runnable change = () -> install(prepared.entry);
        if (!queuedWhileLoading(change)) {
            change.run();
        }
    }

    private void index(Note note) {
        install(analyse(note));
    }

    private void install(WorkspaceIndex.Entry entry) {
        workspaces.computeIfAbsent(entry.note().workspace(), w -> new WorkspaceIndex()).put(entry);
    }

    private WorkspaceIndex.Entry analyse(Note note) {
        List<String> words = analyzer.words(note.text());
        int[] sequence = new int[words.size()];
        int length = 0;
        for (int i = 0; i < sequence.length; i++) {
            String word = words.get(i);
            Integer id = wordIds.get(word);
            if (id == null) {
                id = ids.idOf(analyzer.termOf(word));
                if (wordIds.size() < MAX_CACHED_WORDS) {
                    wordIds.put(word, id);
                }
            }
            sequence[i] = id;
            if (id >= 0) {
                length++;
            }
        }
        return new WorkspaceIndex.Entry(note, sequence, length);
    }

    public void remove(String workspace, String noteId) {
        Runnable change = () -> {
            WorkspaceIndex index = workspaces.get(workspace);
            if (index != null) {
                index.remove(noteId);
            }
        };
        if (!queuedWhileLoading(change)) {
            change.run();
        }
    }

    /** Forgets a whole workspace (after it was erased or merged into another). */
    public void dropWorkspace(String workspace) {
        Runnable change = () -> workspaces.remove(workspace);
        if (!queuedWhileLoading(change)) {
            change.run();
        }
    }

    private boolean queuedWhileLoading(Runnable change) {
        synchronized (loading) {
            if (!ready) {
                queued.add(change);
                return true;
            }
            return false;
        }
    }

    private void awaitReady() {
        try {
            if (!loaded.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the notes index is still loading; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the notes index", e);
        }
        if (failure != null) {
            throw new IllegalStateException("the notes index could not be loaded: " + failure);
        }
    }

    /** The note, whoever wrote it; callers check visibility. */
    public Optional<Note> get(String workspace, String noteId) {
        awaitReady();
        WorkspaceIndex index = workspaces.get(workspace);
        return index == null ? Optional.empty() : index.get(noteId);
    }

    public NotePage search(NoteQuery query) {
        awaitReady();
        WorkspaceIndex index = workspaces.get(query.workspace());
        if (index == null) {
            return new NotePage(List.of(), 0, query.offset(), false);
        }
        SearchText text = query.hasText() ? SearchText.parse(query.text(), analyzer, ids) : null;
        return index.search(query, text);
    }

    /** Every note of a workspace that passes {@code test}, oldest first (exports, digests, erasure). */
    public List<Note> select(String workspace, Predicate<Note> test) {
        awaitReady();
        WorkspaceIndex index = workspaces.get(workspace);
        return index == null ? List.of() : index.select(test);
    }

    public int size(String workspace) {
        awaitReady();
        WorkspaceIndex index = workspaces.get(workspace);
        return index == null ? 0 : index.size();
    }

    public int size() {
        return workspaces.values().stream().mapToInt(WorkspaceIndex::size).sum();
    }
}
