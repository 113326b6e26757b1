package org.focalbot.bot.tenancy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.Keys;
import org.focalbot.bot.store.StoreException;

/**
 * {@link WorkspaceData} for collections whose keys start with the workspace and whose documents
 * carry it in a top-level {@code "workspace"} field: moving re-keys each document and rewrites that
 * field; erasing deletes every document under the workspace's prefix.
 */
public final class WorkspaceCollections implements WorkspaceData {

    private final List<String> collections;
    private final ObjectMapper mapper;

    public WorkspaceCollections(ObjectMapper mapper, String... collections) {
        this.mapper = mapper;
        this.collections = List.of(collections);
    }

    @Override
    public int move(DocumentStore.Transaction tx, String from, String to) {
        String fromPrefix = Keys.prefix(from);
        String toPrefix = Keys.prefix(to);
        int moved = 0;
        for (String collection : collections) {
            for (Map.Entry<String, String> e : tx.scan(collection, fromPrefix)) {
                tx.delete(collection, e.getKey());
                tx.put(collection, toPrefix + e.getKey().substring(fromPrefix.length()), rewrite(e.getValue(), to));
                moved++;
            }
        }
        return moved;
    }

    @Override
    public int erase(DocumentStore.Transaction tx, String workspace) {
        int erased = 0;
        for (String collection : collections) {
            for (Map.Entry<String, String> e : tx.scan(collection, Keys.prefix(workspace))) {
                tx.delete(collection, e.getKey());
                erased++;
            }
        }
        return erased;
    }

    private String rewrite(String json, String workspace) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node instanceof ObjectNode object && object.has("workspace")) {
                object.put("workspace", workspace);
                return mapper.writeValueAsString(object);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot move a record to workspace " + workspace + ": " + e.getOriginalMessage(), e);
        }
    }
}
