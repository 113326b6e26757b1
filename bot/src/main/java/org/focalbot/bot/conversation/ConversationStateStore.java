package org.focalbot.bot.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;

/** Loads and saves {@link ConversationState} per conversation, in the "conversations" collection. */
public final class ConversationStateStore {

    /** The stored form: the slot values and when they last changed. */
    public record StoredConversation(ObjectNode values, Instant updatedAt) {
    }

    private final JsonCollection<StoredConversation> conversations;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ConversationStateStore(DocumentStore store, ObjectMapper mapper, Clock clock) {
        this.conversations = new JsonCollection<>(store, "conversations", StoredConversation.class, mapper);
        this.mapper = mapper;
        this.clock = clock;
    }

    public ConversationState load(ConversationKey key) {
        ObjectNode values = conversations.get(key.storeKey())
                .map(StoredConversation::values)
                .orElseGet(mapper::createObjectNode);
        return new ConversationState(mapper, values);
    }

    /** Saves the state if it changed during the turn; returns whether it wrote. */
    public boolean saveIfChanged(ConversationKey key, ConversationState state) {
        if (!state.changed()) {
            return false;
        }
        conversations.put(key.storeKey(), new StoredConversation(state.values(), clock.instant()));
        return true;
    }
}
