package org.focalbot.bot.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one persistence seam of the assistant: named collections of JSON documents keyed by
 * strings, sorted by key, where every {@link #write} is one atomic, durable commit.
 *
 * <p>Keys start with the workspace they belong to ({@code "slack:T123/..."}), so a prefix scan
 * never crosses tenants. Typed stores ({@link JsonCollection}) sit on top of this interface;
 * features never talk to MapDB directly.
 */
public interface DocumentStore extends AutoCloseable {

    /** The document stored under {@code key}, if any. */
    Optional<String> get(String collection, String key);

    /** All documents whose key starts with {@code keyPrefix}, in key order. */
    List<Map.Entry<String, String>> scan(String collection, String keyPrefix);

    /** Number of documents in a collection. */
    long count(String collection);

    /**
     * Runs {@code work} as one logical write: either every change it makes is committed (and
     * durable when this returns) or, if it throws, none is. Writers are serialised: each work
     * function sees the effects of every write committed before it. A work function must not call
     * {@code write} itself (that fails with {@link IllegalStateException}); it may run on another
     * writer's thread, because concurrent writes are committed together (group commit).
     */
    <T> T write(Function<Transaction, T> work);

    /** Stores one document in its own transaction. */
    default void put(String collection, String key, String json) {
        write(tx -> {
            tx.put(collection, key, json);
            return null;
        });
    }

    /** Deletes one document in its own transaction; true if it existed. */
    default boolean delete(String collection, String key) {
        return write(tx -> tx.delete(collection, key));
    }

    /** Flushes and releases the store; further calls fail. */
    @Override
    void close();

    /** The view of the store inside {@link #write}: reads see this transaction's own changes. */
    interface Transaction {
        Optional<String> get(String collection, String key);

        List<Map.Entry<String, String>> scan(String collection, String keyPrefix);

        void put(String collection, String key, String json);

        boolean delete(String collection, String key);

        /**
         * Runs {@code action} once this write is durably committed, in commit order and before
         * {@code write} returns (e.g. to update an in-memory index exactly as the store changed).
         * Not run if the write fails. Actions must be quick and must not call {@code write}.
         */
        void afterCommit(Runnable action);
    }
}
