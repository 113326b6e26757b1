package org.focalbot.bot.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A transaction that stages its changes in memory and reads through them, so a failing unit of
 * work leaves the backing store untouched; {@link #changes()} are applied only on commit.
 */
final class StagedTransaction implements DocumentStore.Transaction {

    /** null value = deletion. */
    private final Map<String, TreeMap<String, String>> staged = new HashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final DocumentStore reader;

    StagedTransaction(DocumentStore reader) {
        this.reader = reader;
    }

    @Override
    public Optional<String> get(String collection, String key) {
        TreeMap<String, String> changes = staged.get(collection);
        if (changes != null && changes.containsKey(key)) {
            return Optional.ofNullable(changes.get(key));
        }
        return reader.get(collection, key);
    }

    @Override
    public List<Map.Entry<String, String>> scan(String collection, String keyPrefix) {
        TreeMap<String, String> merged = new TreeMap<>();
        for (Map.Entry<String, String> e : reader.scan(collection, keyPrefix)) {
            merged.put(e.getKey(), e.getValue());
        }
        TreeMap<String, String> changes = staged.get(collection);
        if (changes != null) {
            changes.forEach((k, v) -> {
                if (k.startsWith(keyPrefix)) {
                    if (v == null) {
                        merged.remove(k);
                    } else {
                        merged.put(k, v);
                    }
                }
            });
        }
        return new ArrayList<>(merged.entrySet());
    }

    @Override
    public void put(String collection, String key, String json) {
        Keys.check(collection, key);
        if (json == null) {
            throw new IllegalArgumentException("document must not be null");
        }
        staged.computeIfAbsent(collection, c -> new TreeMap<>()).put(key, json);
    }

    @Override
    public boolean delete(String collection, String key) {
        boolean existed = get(collection, key).isPresent();
        staged.computeIfAbsent(collection, c -> new TreeMap<>()).put(key, null);
        return existed;
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.add(java.util.Objects.requireNonNull(action, "action"));
    }

    Map<String, TreeMap<String, String>> changes() {
        return staged;
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }
}
