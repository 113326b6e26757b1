package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.adapters.host.ApiException;

/**
 * The parts of a Bot Framework activity the adapter uses, read from its JSON once the request is
 * authenticated. Everything else in the activity is ignored.
 *
 * @param type             message, conversationUpdate, installationUpdate, invoke, …
 * @param id               the activity id (used to reply in its thread and to spot redeliveries)
 * @param channelId        "msteams" (or "emulator")
 * @param serviceUrl       where replies go; vouched for by the token
 * @param conversationId   the conversation (a chat, or a thread in a channel)
 * @param conversationType personal, groupChat or channel; empty when not said
 * @param tenantId         the Teams tenant, from {@code channelData.tenant.id} or {@code conversation.tenantId}
 * @param from             who acted
 * @param recipient        the bot as addressed in this conversation
 * @param text             the typed text, raw (mentions not yet stripped); empty when none
 * @param value            the card data of a submit, or the invoke payload; a missing node when none
 * @param name             the invoke name ({@code adaptiveCard/action})
 * @param action           the installationUpdate action (add, remove, add-upgrade, …)
 * @param teamsChannelId   {@code channelData.channel.id}: the channel of a channel conversation
 * @param mentions         the mention entities of a message
 * @param membersAdded     ids of members added by a conversationUpdate
 * @param membersRemoved   ids of members removed by a conversationUpdate
 */
record InboundActivity(String type, String id, String channelId, String serviceUrl, String conversationId,
                       String conversationType, Optional<String> tenantId, Account from, Account recipient,
                       String text, JsonNode value, String name, String action, Optional<String> teamsChannelId,
                       List<Mention> mentions, List<String> membersAdded, List<String> membersRemoved) {

    /** A user or bot: its channel id, display name and (for Teams users) Microsoft Entra object id. */
    record Account(String id, String name, Optional<String> aadObjectId) {
    }

    /** A mention entity: who was mentioned and the text ({@code <at>Name</at>}) that mentions them. */
    record Mention(String mentionedId, String text) {
    }

    static InboundActivity parse(JsonNode a) {
        String type = required(a, "type", a.path("type"));
        String serviceUrl = required(a, "serviceUrl", a.path("serviceUrl"));
        String channelId = required(a, "channelId", a.path("channelId"));
        String conversationId = required(a, "conversation.id", a.path("conversation").path("id"));
        JsonNode channelData = a.path("channelData");
        Optional<String> tenant = text(channelData.path("tenant").path("id"))
                .or(() -> text(a.path("conversation").path("tenantId")));
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode e : a.path("entities")) {
            if ("mention".equals(e.path("type").asText()) && e.path("mentioned").path("id").isTextual()) {
                mentions.add(new Mention(e.path("mentioned").path("id").asText(), e.path("text").asText("")));
            }
        }
        return new InboundActivity(type, text(a.path("id")).orElse(""), channelId, serviceUrl, conversationId,
                text(a.path("conversation").path("conversationType")).orElse(""), tenant,
                account(a.path("from")), account(a.path("recipient")),
                a.path("text").isTextual() ? a.path("text").asText() : "",
                a.path("value"), text(a.path("name")).orElse(""), text(a.path("action")).orElse(""),
                text(channelData.path("channel").path("id")), List.copyOf(mentions),
                ids(a.path("membersAdded")), ids(a.path("membersRemoved")));
    }

    boolean isChannel() {
        return "channel".equals(conversationType);
    }

    /** The bot itself is among the members this update added. */
    boolean addsBot() {
        return membersAdded.contains(recipient.id());
    }

    boolean removesBot() {
        return membersRemoved.contains(recipient.id());
    }

    private static Account account(JsonNode node) {
        return new Account(text(node.path("id")).orElse(""), text(node.path("name")).orElse(""),
                text(node.path("aadObjectId")));
    }

    private static List<String> ids(JsonNode members) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : members) {
            text(m.path("id")).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static String required(JsonNode activity, String field, JsonNode node) {
        return text(node).orElseThrow(() -> ApiException.badRequest("the activity has no \"" + field + "\""));
    }
}
