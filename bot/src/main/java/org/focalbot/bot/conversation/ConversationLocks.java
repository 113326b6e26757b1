package org.focalbot.bot.conversation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per conversation, so turns of one conversation run one at a time while different
 * conversations run in parallel. Locks are reference-counted and dropped when idle, so memory does
 * not grow with the number of conversations ever seen.
 */
public final class ConversationLocks {

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public <T> T withLock(String key, Supplier<T> work) {
        Entry entry = entries.compute(key, (k, e) -> {
            Entry held = e == null ? new Entry() : e;
            held.users++;
            return held;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            entries.compute(key, (k, e) -> {
                e.users--;
                return e.users == 0 ? null : e;
            });
        }
    }

    /** Number of conversations with a turn running or waiting (for tests and metrics). */
    public int active() {
        return entries.size();
    }
}
