package org.focalbot.bot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
 * The durable {@link DocumentStore}: one MapDB file with transactions (write-ahead log) on, one
 * commit per {@link #write}, documents stored as UTF-8 JSON strings with explicit serializers.
 *
 * <p>MapDB has a single global transaction, so writers are serialised and readers wait while a
 * write is being applied: nobody ever sees half of a logical write.
 */
public final class MapDbDocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(MapDbDocumentStore.class);

    private final Path file;
    private final DB db;
    private final Map<String, BTreeMap<String, String>> maps = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;

    private MapDbDocumentStore(Path file, DB db) {
        this.file = file;
        this.db = db;
    }

    /** Opens (or creates) the store file; fails with a clear message if it is locked or unreadable. */
    public static MapDbDocumentStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the directory for " + file + ": " + e.getMessage(), e);
        }
        try {
            DB db = DBMaker.fileDB(file.toFile())
                    .transactionEnable()
                    .fileChannelEnable()
                    .make();
            return new MapDbDocumentStore(file, db);
        } catch (DBException.FileLocked e) {
            throw new StoreException("the store " + file + " is in use by another process; stop it or set DATA_DIR "
                    + "to another directory", e);
        } catch (DBException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
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
        lock.writeLock().lock();
        try {
            ensureOpen();
            StagedTransaction tx = new StagedTransaction(this);
            T result = work.apply(tx);
            if (tx.changes().isEmpty()) {
                return result;
            }
            try {
                for (Map.Entry<String, TreeMap<String, String>> c : tx.changes().entrySet()) {
                    BTreeMap<String, String> target = createIfAbsent(c.getKey());
                    for (Map.Entry<String, String> change : c.getValue().entrySet()) {
                        if (change.getValue() == null) {
                            target.remove(change.getKey());
                        } else {
                            target.put(change.getKey(), change.getValue());
                        }
                    }
                }
                db.commit();
            } catch (RuntimeException e) {
                rollbackQuietly(e);
                throw new StoreException("could not write to the store " + file + ": " + e.getMessage(), e);
            }
            return result;
        } finally {
            lock.writeLock().unlock();
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
        return db.treeMap(collection, Serializer.STRING, Serializer.STRING).createOrOpen();
    }

    private void rollbackQuietly(RuntimeException cause) {
        try {
            db.rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        // Map handles opened during the failed write may refer to rolled-back catalog entries.
        maps.clear();
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store " + file + " is closed");
        }
    }
}
