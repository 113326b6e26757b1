package org.focalbot.bot.store;

import java.util.function.Function;

/**
 * One caller's logical write waiting in a group commit: its work function, and later its result
 * or failure. Fields are written by the committing thread under the store's write lock and read by
 * the caller after it has taken that lock, so the lock orders them.
 */
final class PendingWrite<T> {

    final Function<DocumentStore.Transaction, T> work;
    private boolean done;
    private T result;
    private Throwable failure;

    PendingWrite(Function<DocumentStore.Transaction, T> work) {
        this.work = work;
    }

    boolean done() {
        return done;
    }

    void succeed(T value) {
        result = value;
        done = true;
    }

    void fail(Throwable cause) {
        failure = cause;
        done = true;
    }

    /** The work's result, or its failure rethrown on the caller's thread. */
    T get() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new StoreException("write failed: " + failure.getMessage(), failure);
        }
        return result;
    }
}
