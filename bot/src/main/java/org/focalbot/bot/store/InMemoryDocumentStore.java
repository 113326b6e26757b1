package org.focalbot.bot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** The in-memory twin of {@link MapDbDocumentStore}, for tests and throwaway runs; same semantics, no file. */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<String, ConcurrentNavigableMap<String, String>> collections = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;

    @Override
    public Optional<String> get(String collection, String key) {
        Keys.check(collection, key);
        lock.readLock().lock();
        try {
            ensureOpen();
            return Optional.ofNullable(map(collection).get(key));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Map.Entry<String, String>> scan(String collection, String keyPrefix) {
        lock.readLock().lock();
        try {
            ensureOpen();
            return new ArrayList<>(PrefixRange.of(map(collection), keyPrefix).entrySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long count(String collection) {
        lock.readLock().lock();
        try {
            ensureOpen();
            return map(collection).size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public <T> T write(Function<Transaction, T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("write() was called inside a write; do all changes in one work function");
        }
        lock.writeLock().lock();
        try {
            ensureOpen();
            StagedTransaction tx = new StagedTransaction(this);
            T result = work.apply(tx);
            for (Map.Entry<String, TreeMap<String, String>> c : tx.changes().entrySet()) {
                ConcurrentNavigableMap<String, String> target = map(c.getKey());
                c.getValue().forEach((k, v) -> {
                    if (v == null) {
                        target.remove(k);
                    } else {
                        target.put(k, v);
                    }
                });
            }
            AfterCommit.run(tx.afterCommitActions());
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private ConcurrentNavigableMap<String, String> map(String collection) {
        return collections.computeIfAbsent(collection, c -> new ConcurrentSkipListMap<>());
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store is closed");
        }
    }
}
