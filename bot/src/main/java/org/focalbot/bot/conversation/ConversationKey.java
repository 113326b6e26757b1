package org.focalbot.bot.conversation;

import org.focalbot.bot.Turn;
import org.focalbot.bot.store.Keys;

/** Identifies one conversation across platforms and tenants: the unit of locking and of dialogue state. */
public record ConversationKey(String platform, String tenant, String conversation) {

    public static ConversationKey of(Turn turn) {
        return new ConversationKey(turn.platform().id(), turn.tenant(), turn.conversation());
    }

    /** The store key, e.g. "slack/T123/C456". */
    public String storeKey() {
        return Keys.of(platform, tenant, conversation);
    }
}
