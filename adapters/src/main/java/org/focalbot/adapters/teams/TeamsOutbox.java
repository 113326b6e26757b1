package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.focalbot.adapters.teams.cards.AdaptiveCardRenderer;
import org.focalbot.adapters.teams.connector.ConnectorClient;
import org.focalbot.adapters.teams.connector.ConnectorException;
import org.focalbot.bot.Reply;

/**
 * Delivers rendered replies to Teams: as answers in the thread of an inbound activity, into a
 * stored conversation, or as a new thread in a channel. Replies go one after another, in order.
 */
final class TeamsOutbox {

    private final ConnectorClient connector;
    private final AdaptiveCardRenderer renderer;
    private final ObjectMapper mapper;

    TeamsOutbox(ConnectorClient connector, AdaptiveCardRenderer renderer, ObjectMapper mapper) {
        this.connector = connector;
        this.renderer = renderer;
        this.mapper = mapper;
    }

    /** Answers a message in its thread; other activities (updates, invokes) are answered in their conversation. */
    void answer(InboundActivity to, List<Reply> replies) throws ConnectorException, InterruptedException {
        for (Reply reply : replies) {
            ObjectNode activity = renderer.activity(reply);
            address(activity, to.recipient().id(), to.recipient().name(), to.conversationId());
            activity.putObject("recipient").put("id", to.from().id());
            if ("message".equals(to.type()) && !to.id().isEmpty()) {
                activity.put("replyToId", to.id());
                connector.replyToActivity(to.serviceUrl(), to.conversationId(), to.id(), activity);
            } else {
                connector.sendToConversation(to.serviceUrl(), to.conversationId(), activity);
            }
        }
    }

    /** Posts into the stored conversation itself (a chat, or the thread the reference names). */
    void post(ConversationReference to, List<Reply> replies) throws ConnectorException, InterruptedException {
        for (Reply reply : replies) {
            post(to, renderer.activity(reply));
        }
    }

    /** Posts one ready message activity (without addressing) into the stored conversation. */
    void post(ConversationReference to, ObjectNode activity) throws ConnectorException, InterruptedException {
        ObjectNode addressed = activity.deepCopy();
        address(addressed, to.botId(), to.botName(), to.conversationId());
        connector.sendToConversation(to.serviceUrl(), to.conversationId(), addressed);
    }

    /**
     * Starts a new thread in the reference's channel with the first reply and posts the others into
     * that thread; returns the new thread's conversation id.
     */
    String startThread(ConversationReference to, List<Reply> replies) throws ConnectorException, InterruptedException {
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("a thread starts with a message");
        }
        String threadId = startThread(to, renderer.activity(replies.get(0)));
        ConversationReference thread = new ConversationReference(to.serviceUrl(), to.channelId(), to.tenantId(), threadId,
                to.conversationType(), to.teamsChannelId(), to.botId(), to.botName(), to.updatedAt());
        post(thread, replies.subList(1, replies.size()));
        return threadId;
    }

    /** Starts a new thread in the reference's channel with one ready message activity; returns the thread's id. */
    String startThread(ConversationReference to, ObjectNode activity) throws ConnectorException, InterruptedException {
        ObjectNode parameters = mapper.createObjectNode();
        parameters.put("isGroup", true);
        ObjectNode bot = parameters.putObject("bot").put("id", to.botId());
        if (to.botName() != null && !to.botName().isEmpty()) {
            bot.put("name", to.botName());
        }
        parameters.put("tenantId", to.tenantId());
        ObjectNode channelData = parameters.putObject("channelData");
        channelData.putObject("channel").put("id", to.teamsChannelId());
        channelData.putObject("tenant").put("id", to.tenantId());
        parameters.set("activity", activity);
        JsonNode created = connector.createConversation(to.serviceUrl(), parameters);
        String threadId = created.path("id").asText("");
        if (threadId.isEmpty()) {
            throw new ConnectorException(502, "the connector started a thread but did not say its id", null);
        }
        return threadId;
    }

    private static void address(ObjectNode activity, String botId, String botName, String conversationId) {
        ObjectNode from = activity.putObject("from").put("id", botId);
        if (botName != null && !botName.isEmpty()) {
            from.put("name", botName);
        }
        activity.putObject("conversation").put("id", conversationId);
    }
}
