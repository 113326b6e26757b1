package org.focalbot.bot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable {@link DocumentStore}: one MapDB file, documents stored as UTF-8 JSON strings with
 * explicit serializers, every commit made atomic and durable by a redo journal beneath MapDB
 * ({@link JournaledVolume}; MapDB 3.1.0's own write-ahead log does not survive a kill during a
 * commit).
 *
 * <p>MapDB has a single global transaction and each commit costs several fsyncs (milliseconds),
 * so concurrent writers are committed together (group commit): a writer queues its work and the
 * first writer to get the lock runs every queued work function in order, applies each one's
 * changes, commits once and hands every caller its own result. Each logical write stays atomic
 * (a work function that throws contributes nothing) and is durable before its {@code write}
 * returns. Readers wait while a batch is applied and committed, so nobody ever sees uncommitted
 * data.
 */
public final class MapDbDocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(MapDbDocumentStore.class);
    /** Bounds the latency a large queue adds to the first writer in it. */
    static final int MAX_BATCH = 512;

    private final Path file;
    private JournaledVolume volume;
    private DB db;
    private final Map<String, BTreeMap<String, String>> maps = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ConcurrentLinkedQueue<PendingWrite<?>> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private MapDbDocumentStore(Path file) {
        this.file = file;
        openDb();
    }

    /** Opens (or creates) the store file; fails with a clear message if it is locked or unreadable. */
    public static MapDbDocumentStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the directory for " + file + ": " + e.getMessage(), e);
        }
        return new MapDbDocumentStore(file);
    }

    /** Opens the volume (replaying its journal) and MapDB's plain store on top of it. */
    private void openDb() {
        JournaledVolume v = JournaledVolume.open(file);
        try {
            boolean exists = v.length() > 0;
            DB opened = DBMaker.volumeDB(v, exists).make();
            if (!exists) {
                // Make the new store's header and catalog durable before anything is written to it.
                opened.commit();
            }
            this.volume = v;
            this.db = opened;
        } catch (DBException e) {
            v.abandon();
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The store file (its journal, {@code <file>.journal}, lives next to it). */
    public Path file() {
        return file;
    }

    @Override
    public Optional<String> get(String collection, String key) {
        Keys.check(collection, key);
        lock.readLock().lock();
        try {
            ensureOpen();
            BTreeMap<String, String> map = existing(collection);
            return map == null ? Optional.empty() : Optional.ofNullable(map.get(key));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Map.Entry<String, String>> scan(String collection, String keyPrefix) {
        lock.readLock().lock();
        try {
            ensureOpen();
            BTreeMap<String, String> map = existing(collection);
            if (map == null) {
                return List.of();
            }
            List<Map.Entry<String, String>> out = new ArrayList<>();
            for (Map.Entry<String, String> e : PrefixRange.of(map, keyPrefix).entrySet()) {
                out.add(Map.entry(e.getKey(), e.getValue()));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long count(String collection) {
        lock.readLock().lock();
        try {
            ensureOpen();
            BTreeMap<String, String> map = existing(collection);
            return map == null ? 0 : map.sizeLong();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public <T> T write(Function<Transaction, T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("write() was called inside a write; do all changes in one work function");
        }
        PendingWrite<T> pending = new PendingWrite<>(work);
        queue.add(pending);
        lock.writeLock().lock();
        try {
            while (!pending.done()) {
                commitQueued();
            }
        } finally {
            lock.writeLock().unlock();
        }
        return pending.get();
    }

    /** Runs queued writes in arrival order and commits them together; called with the write lock held. */
    private void commitQueued() {
        List<PendingWrite<?>> batch = new ArrayList<>();
        PendingWrite<?> next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (closed) {
            StoreException e = new StoreException("the store " + file + " is closed");
            batch.forEach(p -> p.fail(e));
            return;
        }
        List<Applied> applied = new ArrayList<>(batch.size());
        boolean changed = false;
        try {
            for (PendingWrite<?> p : batch) {
                StagedTransaction tx = new StagedTransaction(this);
                Object result;
                try {
                    result = p.work.apply(tx);
                } catch (Throwable t) {
                    // This caller's changes were only staged: the rest of the batch is unaffected.
                    p.fail(t);
                    continue;
                }
                changed |= apply(tx);
                applied.add(new Applied(p, result, tx));
            }
            if (changed) {
                db.commit();
            }
        } catch (RuntimeException e) {
            discardUncommitted(e);
            StoreException failure = new StoreException("could not write to the store " + file + ": " + e.getMessage(), e);
            for (PendingWrite<?> p : batch) {
                if (!p.done()) {
                    p.fail(failure);
                }
            }
            return;
        }
        for (Applied a : applied) {
            a.complete();
            AfterCommit.run(a.tx.afterCommitActions());
        }
    }

    private boolean apply(StagedTransaction tx) {
        boolean changed = false;
        for (Map.Entry<String, TreeMap<String, String>> c : tx.changes().entrySet()) {
            BTreeMap<String, String> target = createIfAbsent(c.getKey());
            for (Map.Entry<String, String> change : c.getValue().entrySet()) {
                if (change.getValue() == null) {
                    changed |= target.remove(change.getKey()) != null;
                } else {
                    target.put(change.getKey(), change.getValue());
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** A work function that ran and whose changes are applied, waiting for the batch's commit. */
    private record Applied(PendingWrite<?> pending, Object result, StagedTransaction tx) {
        @SuppressWarnings("unchecked")
        void complete() {
            ((PendingWrite<Object>) pending).succeed(result);
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            db.close();
            log.info("store {} closed", file);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private BTreeMap<String, String> existing(String collection) {
        BTreeMap<String, String> map = maps.get(collection);
        if (map == null && db.exists(collection)) {
            map = maps.computeIfAbsent(collection, this::openMap);
        }
        return map;
    }

    private BTreeMap<String, String> createIfAbsent(String collection) {
        return maps.computeIfAbsent(collection, this::openMap);
    }

    private BTreeMap<String, String> openMap(String collection) {
        // Values outside the B-tree nodes: a write rewrites a small node of keys and pointers rather
        // than a node full of JSON documents (less written per commit, a smaller file). Existing
        // collections keep the layout recorded in the file's catalog.
        return db.treeMap(collection, Serializer.STRING, Serializer.STRING)
                .valuesOutsideNodesEnable()
                .createOrOpen();
    }

    /**
     * Throws away the changes of a failed batch: MapDB's plain store has no rollback, so the volume
     * forgets everything since the last commit and the store is reopened from its files.
     */
    private void discardUncommitted(RuntimeException cause) {
        maps.clear();
        volume.abandon();
        try {
            db.close();
        } catch (RuntimeException e) {
            // Closing over an abandoned volume may fail; the files are untouched either way.
            cause.addSuppressed(e);
        }
        try {
            openDb();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            closed = true;
            log.error("the store {} could not be reopened after a failed write; restart the assistant", file, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store " + file + " is closed");
        }
    }
}
