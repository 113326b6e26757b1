package org.focalbot.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The dialogue state of one conversation during one turn: a JSON object of {@link StateSlot}s,
 * loaded once at the start of the turn and saved once at the end if anything changed.
 */
public final class ConversationState {

    private final ObjectMapper mapper;
    private final ObjectNode values;
    private final ObjectNode original;

    ConversationState(ObjectMapper mapper, ObjectNode values) {
        this.mapper = mapper;
        this.values = values;
        this.original = values.deepCopy();
    }

    public <T> Optional<T> get(StateSlot<T> slot) {
        JsonNode node = values.get(slot.name());
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(mapper.convertValue(node, slot.type()));
    }

    public <T> void set(StateSlot<T> slot, T value) {
        if (value == null) {
            clear(slot);
        } else {
            values.set(slot.name(), mapper.valueToTree(value));
        }
    }

    public void clear(StateSlot<?> slot) {
        values.remove(slot.name());
    }

    /** True when a slot was set, changed or cleared since the state was loaded. */
    public boolean changed() {
        return !values.equals(original);
    }

    ObjectNode values() {
        return values;
    }
}
