package org.focalbot.bot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed view of one {@link DocumentStore} collection: values are written as JSON objects with a
 * {@code schemaVersion} field and read back through an {@link Upgrader} when the version is older.
 *
 * @param <T> the record type (a Jackson-mappable record or class that serialises to a JSON object)
 */
public final class JsonCollection<T> {

    /** Turns a stored document of an older schema version into the current shape. */
    @FunctionalInterface
    public interface Upgrader {
        ObjectNode upgrade(ObjectNode document, int fromVersion);
    }

    private static final String VERSION = "schemaVersion";

    private final DocumentStore store;
    private final String name;
    private final Class<T> type;
    private final int schemaVersion;
    private final ObjectMapper mapper;
    private final Upgrader upgrader;
    /** How {@link #encode} starts every document of the current schema version. */
    private final String currentPrefix;

    public JsonCollection(DocumentStore store, String name, Class<T> type, int schemaVersion, ObjectMapper mapper,
                          Upgrader upgrader) {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion starts at 1");
        }
        this.store = store;
        this.name = name;
        this.type = type;
        this.schemaVersion = schemaVersion;
        this.mapper = mapper;
        this.upgrader = upgrader;
        this.currentPrefix = "{\"" + VERSION + "\":" + schemaVersion + ",";
    }

    /** A collection whose records have never changed shape (schema version 1). */
    public JsonCollection(DocumentStore store, String name, Class<T> type, ObjectMapper mapper) {
        this(store, name, type, 1, mapper, (doc, from) -> doc);
    }

    public String name() {
        return name;
    }

    public Optional<T> get(String key) {
        return store.get(name, key).map(json -> decode(key, json));
    }

    public Optional<T> get(DocumentStore.Transaction tx, String key) {
        return tx.get(name, key).map(json -> decode(key, json));
    }

    public List<T> scan(String keyPrefix) {
        return decodeAll(store.scan(name, keyPrefix));
    }

    public List<T> scan(DocumentStore.Transaction tx, String keyPrefix) {
        return decodeAll(tx.scan(name, keyPrefix));
    }

    /** Keys and values in key order. */
    public List<Map.Entry<String, T>> entries(String keyPrefix) {
        List<Map.Entry<String, T>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : store.scan(name, keyPrefix)) {
            out.add(Map.entry(e.getKey(), decode(e.getKey(), e.getValue())));
        }
        return out;
    }

    public void put(String key, T value) {
        store.put(name, key, encode(value));
    }

    public void put(DocumentStore.Transaction tx, String key, T value) {
        tx.put(name, key, encode(value));
    }

    public boolean delete(String key) {
        return store.delete(name, key);
    }

    public boolean delete(DocumentStore.Transaction tx, String key) {
        return tx.delete(name, key);
    }

    public long count() {
        return store.count(name);
    }

    /** The JSON document written for a value (schema version included). */
    public String encode(T value) {
        JsonNode node = mapper.valueToTree(value);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException(type.getSimpleName() + " does not serialise to a JSON object");
        }
        ObjectNode doc = mapper.createObjectNode();
        doc.put(VERSION, schemaVersion);
        doc.setAll(object);
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public T decode(String key, String json) {
        if (json.startsWith(currentPrefix)) {
            // The usual case, written by this version: bind directly instead of via a tree (startup reads every note).
            try {
                return mapper.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new StoreException("record " + name + "/" + key + " cannot be read: " + e.getOriginalMessage(), e);
            }
        }
        try {
            JsonNode node = mapper.readTree(json);
            if (!(node instanceof ObjectNode doc)) {
                throw new StoreException("record " + name + "/" + key + " is not a JSON object");
            }
            int version = doc.path(VERSION).asInt(0);
            if (version > schemaVersion) {
                throw new StoreException("record " + name + "/" + key + " has schema version " + version
                        + " but this build reads up to " + schemaVersion + "; run the newer release");
            }
            if (version < schemaVersion) {
                doc = upgrader.upgrade(doc, version);
            }
            doc.remove(VERSION);
            return mapper.treeToValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("record " + name + "/" + key + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private List<T> decodeAll(List<Map.Entry<String, String>> entries) {
        List<T> out = new ArrayList<>(entries.size());
        for (Map.Entry<String, String> e : entries) {
            out.add(decode(e.getKey(), e.getValue()));
        }
        return out;
    }
}
