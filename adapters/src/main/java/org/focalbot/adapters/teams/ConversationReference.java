package org.focalbot.adapters.teams;

import java.time.Instant;

/**
 * What the bot needs to post into a Teams conversation later, without being spoken to: taken from
 * an authenticated activity and stored per workspace and conversation.
 *
 * @param serviceUrl       the Bot Connector endpoint for this conversation's region
 * @param channelId        "msteams"
 * @param tenantId         the Teams tenant
 * @param conversationId   the conversation (chat, or channel thread)
 * @param conversationType personal, groupChat or channel
 * @param teamsChannelId   for channel conversations, the channel in which new threads can be started
 * @param botId            the bot's id in this conversation
 * @param botName          the bot's display name
 * @param updatedAt        when the reference was last refreshed
 */
public record ConversationReference(String serviceUrl, String channelId, String tenantId, String conversationId,
                                    String conversationType, String teamsChannelId, String botId, String botName,
                                    Instant updatedAt) {

    static ConversationReference of(InboundActivity a, String tenant, Instant now) {
        return new ConversationReference(a.serviceUrl(), a.channelId(), tenant, a.conversationId(),
                a.conversationType(), a.teamsChannelId().orElse(null), a.recipient().id(), a.recipient().name(), now);
    }

    /** The same place to post to, whenever it was seen. */
    boolean sameAddressAs(ConversationReference other) {
        return other != null && java.util.Objects.equals(serviceUrl, other.serviceUrl)
                && java.util.Objects.equals(channelId, other.channelId)
                && java.util.Objects.equals(conversationType, other.conversationType)
                && java.util.Objects.equals(teamsChannelId, other.teamsChannelId)
                && java.util.Objects.equals(botId, other.botId)
                && java.util.Objects.equals(botName, other.botName);
    }

    /** A channel conversation whose channel is known, so a fresh thread can be started in it. */
    boolean canStartThread() {
        return "channel".equals(conversationType) && teamsChannelId != null && !teamsChannelId.isBlank();
    }
}
