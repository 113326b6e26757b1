package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/**
 * The stored {@link ConversationReference}s, one per workspace and conversation, so proactive
 * messages (the weekly digest) can reach conversations the bot was added to.
 */
final class ConversationReferences {

    static final String COLLECTION = "teams-conversation-references";

    private final DocumentStore store;
    private final JsonCollection<ConversationReference> references;

    ConversationReferences(DocumentStore store, ObjectMapper mapper) {
        this.store = store;
        this.references = new JsonCollection<>(store, COLLECTION, ConversationReference.class, mapper);
    }

    Optional<ConversationReference> find(String workspace, String conversationId) {
        return references.get(Keys.of(workspace, conversationId));
    }

    /**
     * Stores the reference unless an equal one is already there (so a busy conversation does not
     * cost a write per message); returns true when the conversation had no reference before.
     */
    boolean remember(String workspace, ConversationReference reference) {
        String key = Keys.of(workspace, reference.conversationId());
        return store.write(tx -> {
            Optional<ConversationReference> existing = references.get(tx, key);
            if (existing.isEmpty() || !reference.sameAddressAs(existing.get())) {
                references.put(tx, key, reference);
            }
            return existing.isEmpty();
        });
    }

    /** Forgets a conversation the bot was removed from; true if it was known. */
    boolean forget(String workspace, String conversationId) {
        return references.delete(Keys.of(workspace, conversationId));
    }
}
