package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.delivery.ProactiveSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole conversations through {@code POST /api/messages} on the running server, answered through the fake connector. */
class TeamsConversationTest {

    static final String CHAT = "a:1personal-chat-with-ana";
    static final String GENERAL = "19:general@thread.tacv2";

    @TempDir
    Path dataDir;
    TeamsHarness teams;

    @BeforeEach
    void start() throws Exception {
        teams = new TeamsHarness(dataDir);
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    static JsonNode card(FakeBotFramework.ConnectorCall call) {
        JsonNode attachment = call.body().path("attachments").get(0);
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.path("contentType").asText());
        return attachment.path("content");
    }

    static String text(FakeBotFramework.ConnectorCall call) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode block : card(call).path("body")) {
            block.path("inlines").forEach(run -> sb.append(run.path("text").asText()));
            sb.append('\n');
        }
        return sb.toString();
    }

    static List<String> actionIds(FakeBotFramework.ConnectorCall call) {
        List<String> ids = new ArrayList<>();
        card(call).path("actions").forEach(a -> ids.add(a.path("data").path("focalAction").asText()));
        return ids;
    }

    ProactiveSender teamsSender() {
        return teams.app.proactiveSenders().stream().filter(s -> s.platform() == Platform.TEAMS).findFirst().orElseThrow();
    }

    @Test
    void aMessageIsAcknowledgedAndAnsweredWithACardInItsThread() throws Exception {
        HttpResponse<String> ack = teams.send(teams.message("m-1", CHAT, "hello"));
        assertEquals(202, ack.statusCode());

        FakeBotFramework.ConnectorCall reply = teams.fake.nextCall();
        assertEquals("POST", reply.method());
        assertEquals("/v3/conversations/a%3A1personal-chat-with-ana/activities/m-1", reply.path());
        assertEquals("Bearer bot-token-1", reply.authorization());
        assertEquals("m-1", reply.body().path("replyToId").asText());
        assertEquals(TeamsHarness.BOT, reply.body().path("from").path("id").asText());
        assertEquals("29:1-user-ana", reply.body().path("recipient").path("id").asText());
        assertTrue(text(reply).startsWith("Hello Ana. I'm the Focal Point Assistant."), text(reply));
        assertEquals(List.of("help:ask", "help:checklist", "help:notes", "help:digest"), actionIds(reply));
    }

    @Test
    void aCardSubmitBecomesAnActionTurnForTheButtonsId() throws Exception {
        teams.send(teams.submit("m-2", CHAT, "help:notes"));
        FakeBotFramework.ConnectorCall reply = teams.fake.nextCall();
        assertTrue(text(reply).startsWith("Write \"note for Water Alliance: mayor agreed the MoU draft\""), text(reply));
    }

    @Test
    void theBotsMentionIsStrippedInAChannel() throws Exception {
        ObjectNode message = teams.base("message", "c-1", GENERAL + ";messageid=c-1", "channel")
                .put("text", "<at>Focal Point</at> hi there");
        ObjectNode mention = message.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>Focal Point</at>");
        mention.putObject("mentioned").put("id", TeamsHarness.BOT).put("name", "Focal Point");
        teams.send(message);
        assertTrue(text(teams.fake.nextCall()).startsWith("Hello Ana."), "the greeting rule matched the stripped text");
    }

    @Test
    void aRedeliveredActivityIsProcessedOnce() throws Exception {
        ObjectNode message = teams.message("m-dup", CHAT, "hello");
        assertEquals(202, teams.send(message).statusCode());
        assertEquals(202, teams.send(message).statusCode());
        teams.send(teams.message("m-next", CHAT, "bye"));

        assertTrue(teams.fake.nextCall().path().endsWith("/activities/m-dup"));
        // One conversation's work runs in order, so a second answer to m-dup would come before this one.
        assertTrue(teams.fake.nextCall().path().endsWith("/activities/m-next"));
        assertEquals(0, teams.fake.pendingCalls().size());
    }

    @Test
    void installingTheAppGreetsOnceStoresTheReferenceAndEnablesProactiveMessages() throws Exception {
        teams.send(teams.botAdded("u-1", CHAT, "personal"));
        teams.send(teams.installation("u-2", CHAT, "personal", "add"));
        teams.send(teams.message("m-3", CHAT, "thanks"));

        FakeBotFramework.ConnectorCall greeting = teams.fake.nextCall();
        assertEquals("/v3/conversations/a%3A1personal-chat-with-ana/activities", greeting.path());
        assertTrue(text(greeting).startsWith("Hello Ana."), text(greeting));
        assertTrue(teams.fake.nextCall().path().endsWith("/activities/m-3"), "no second greeting for the installationUpdate");

        teamsSender().send(new ConversationAddress(Platform.TEAMS, TeamsHarness.TENANT, CHAT),
                List.of(Reply.text("Weekly digest: 3 notes this week.")));
        FakeBotFramework.ConnectorCall proactive = teams.fake.nextCall();
        assertEquals("/v3/conversations/a%3A1personal-chat-with-ana/activities", proactive.path());
        assertEquals("Weekly digest: 3 notes this week.\n", text(proactive));
        assertEquals(1, teams.fake.tokenRequests().size(), "one access token served every call");
    }

    @Test
    void aProactiveMessageToAChannelStartsANewThread() throws Exception {
        teams.send(teams.botAdded("t-1", GENERAL, "channel"));
        assertEquals("/v3/conversations/19%3Ageneral%40thread.tacv2/activities", teams.fake.nextCall().path(),
                "the team greeting is a new post in the channel");

        teamsSender().send(new ConversationAddress(Platform.TEAMS, TeamsHarness.TENANT, GENERAL),
                List.of(Reply.text("Digest, part 1"), Reply.text("Digest, part 2")));
        FakeBotFramework.ConnectorCall thread = teams.fake.nextCall();
        assertEquals("/v3/conversations", thread.path());
        assertEquals(GENERAL, thread.body().path("channelData").path("channel").path("id").asText());
        assertEquals(TeamsHarness.TENANT, thread.body().path("channelData").path("tenant").path("id").asText());
        assertTrue(thread.body().path("isGroup").asBoolean());
        assertEquals("Digest, part 1", thread.body().path("activity").path("attachments").get(0).path("content")
                .path("body").get(0).path("inlines").get(0).path("text").asText());
        FakeBotFramework.ConnectorCall followUp = teams.fake.nextCall();
        assertEquals("/v3/conversations/19%3Achannel%40thread.tacv2%3Bmessageid%3D1001/activities", followUp.path(),
                "the rest goes into the new thread");
    }

    @Test
    void aConversationTheBotWasRemovedFromCannotBeReachedAnyMore() throws Exception {
        String other = "a:1personal-chat-with-bo";
        teams.send(teams.botAdded("u-1", CHAT, "personal"));
        teams.send(teams.botAdded("u-2", other, "personal"));
        teams.fake.nextCall();
        teams.fake.nextCall();

        ObjectNode removed = teams.base("conversationUpdate", "u-3", CHAT, "personal");
        removed.putArray("membersRemoved").addObject().put("id", TeamsHarness.BOT);
        teams.send(removed);
        teams.send(teams.installation("u-4", other, "personal", "remove"));

        for (String conversation : List.of(CHAT, other)) {
            DeliveryException e = eventuallyRefused(new ConversationAddress(Platform.TEAMS, TeamsHarness.TENANT, conversation));
            assertTrue(e.permanent());
            assertTrue(e.getMessage().contains("no stored reference"), e.getMessage());
        }
    }

    /** The removal is processed asynchronously: retries the delivery until it is refused (5 s at most). */
    DeliveryException eventuallyRefused(ConversationAddress to) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                teamsSender().send(to, List.of(Reply.text("digest")));
            } catch (DeliveryException e) {
                return e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("deliveries to " + to.conversation() + " were still accepted after 5 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aConnectorThatRefusesTheBotMakesDeliveryFailPermanently() throws Exception {
        teams.send(teams.botAdded("u-1", CHAT, "personal"));
        teams.fake.nextCall();
        teams.fake.failNext(403, null);
        DeliveryException e = assertThrows(DeliveryException.class, () -> teamsSender().send(
                new ConversationAddress(Platform.TEAMS, TeamsHarness.TENANT, CHAT), List.of(Reply.text("digest"))));
        assertTrue(e.permanent(), e.getMessage());
    }

    @Test
    void throttledRepliesAreRetriedUntilTheyGetThrough() throws Exception {
        teams.fake.failNext(429, "0");
        teams.send(teams.message("m-6", CHAT, "hello"));
        FakeBotFramework.ConnectorCall reply = teams.fake.nextCall();
        assertTrue(reply.path().endsWith("/activities/m-6"));
        assertEquals(2, teams.fake.allCalls().size(), "one throttled attempt, one delivered");
    }

    @Test
    void anAdaptiveCardInvokeIsAnsweredInTheResponseAndTheTurnRepliedToAfter() throws Exception {
        ObjectNode invoke = teams.base("invoke", "i-1", CHAT, "personal").put("name", "adaptiveCard/action");
        invoke.putObject("value").putObject("action").put("type", "Action.Execute")
                .putObject("data").put("focalAction", "help:digest");
        HttpResponse<String> answer = teams.send(invoke);
        assertEquals(200, answer.statusCode());
        JsonNode body = teams.mapper.readTree(answer.body());
        assertEquals(200, body.path("statusCode").asInt());
        assertEquals("application/vnd.microsoft.activity.message", body.path("type").asText());

        FakeBotFramework.ConnectorCall reply = teams.fake.nextCall();
        assertEquals("/v3/conversations/a%3A1personal-chat-with-ana/activities", reply.path());
        assertTrue(text(reply).startsWith("Say \"send the weekly digest here"), text(reply));
    }

    @Test
    void anInvokeTheBotDoesNotHandleIsAnsweredNotImplemented() throws Exception {
        ObjectNode invoke = teams.base("invoke", "i-2", CHAT, "personal").put("name", "composeExtension/query");
        assertEquals(501, teams.send(invoke).statusCode());
    }

    @Test
    void anActivityWithoutAConversationIsABadRequest() throws Exception {
        ObjectNode broken = teams.message("m-7", CHAT, "hello");
        broken.remove("conversation");
        HttpResponse<String> r = teams.send(broken);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("conversation.id"), r.body());
    }

    @Test
    void typingAndOtherActivitiesAreAcknowledgedWithoutAnAnswer() throws Exception {
        assertEquals(202, teams.send(teams.base("typing", "x-1", CHAT, "personal")).statusCode());
        teams.send(teams.message("m-8", CHAT, "hello"));
        assertTrue(teams.fake.nextCall().path().endsWith("/activities/m-8"));
        assertEquals(0, teams.fake.pendingCalls().size());
    }
}
