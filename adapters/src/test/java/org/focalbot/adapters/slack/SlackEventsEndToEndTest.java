package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.ConfigException;
import org.focalbot.adapters.host.Env;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.SignedSlackClient;
import org.focalbot.adapters.slack.fake.SlackPayloads;
import org.focalbot.adapters.slack.web.HttpPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server with Slack enabled, driven by signed requests over HTTP and answering a local
 * fake of Slack's Web API; the core is the real one, so assertions use what it answers today
 * (greetings, help and its topic buttons).
 */
class SlackEventsEndToEndTest {

    static final String TOKEN = SlackServerFixture.TOKEN;
    static final String TEAM = SlackServerFixture.TEAM;
    static final String BOT = SlackServerFixture.BOT;
    static final String ALICE = "U0ALICE";
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private final ObjectMapper mapper = new ObjectMapper();
    private final SlackPayloads payloads = new SlackPayloads(TEAM, null);
    private SlackServerFixture server;
    private FakeSlackApi slack;
    private SignedSlackClient client;

    @BeforeEach
    void start() throws Exception {
        server = SlackServerFixture.start(dataDir);
        slack = server.slack;
        client = server.client();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void urlVerificationEchoesTheChallenge() throws Exception {
        HttpPost.Response r = client.send(payloads.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"),
                SignedSlackClient.JSON);
        assertEquals(200, r.status());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", r.body());
        assertTrue(r.header("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void aMentionIsAcknowledgedAndAnsweredInItsChannelWithTheBotMentionStripped() throws Exception {
        HttpPost.Response r = client.send(payloads.appMention("Ev001", "C0PARTNERS", ALICE, "<@" + BOT + "> hello",
                "1700000000.000100", null), SignedSlackClient.JSON);
        assertEquals(200, r.status());

        FakeSlackApi.Call post = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("C0PARTNERS", post.param("channel"));
        assertNull(post.param("thread_ts"));
        assertEquals("Bearer " + TOKEN, post.authorization());
        JsonNode blocks = mapper.readTree(post.param("blocks"));
        assertTrue(blocks.get(0).path("text").path("text").asText().startsWith("Hello " + ALICE + ". I'm the Focal Point Assistant"));
        assertTrue(actionIds(blocks).contains("help:checklist"));
    }

    @Test
    void aMentionInsideAThreadIsAnsweredInThatThread() throws Exception {
        client.send(payloads.appMention("Ev002", "C0PARTNERS", ALICE, "<@" + BOT + "> hi there", "1700000000.000300",
                "1700000000.000100"), SignedSlackClient.JSON);
        FakeSlackApi.Call post = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("1700000000.000100", post.param("thread_ts"));
    }

    @Test
    void aDirectMessageIsAnsweredInTheDm() throws Exception {
        client.send(payloads.directMessage("Ev003", "D0ALICE", ALICE, "what can you do", "1700000000.000100", null),
                SignedSlackClient.JSON);
        FakeSlackApi.Call post = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("D0ALICE", post.param("channel"));
        assertTrue(post.param("blocks").contains("I help partnership focal points with"));
    }

    @Test
    void messagesFromThisBotOrAnyOtherBotAreNeverAnswered() throws Exception {
        assertEquals(200, client.send(payloads.directMessage("Ev004", "D0ALICE", BOT, "Hello from me", "1700000000.000100", null),
                SignedSlackClient.JSON).status());
        assertEquals(200, client.send(payloads.directMessage("Ev005", "D0ALICE", "U0OTHERBOT", "hello", "1700000000.000200",
                "B0OTHER"), SignedSlackClient.JSON).status());
        assertEquals(200, client.send(payloads.appMention("Ev006", "C0PARTNERS", BOT, "<@" + BOT + "> hello",
                "1700000000.000300", null), SignedSlackClient.JSON).status());
        client.send(payloads.directMessage("Ev007", "D0ALICE", ALICE, "hello", "1700000000.000400", null), SignedSlackClient.JSON);

        slack.await("chat.postMessage", 1, WAIT);
        assertEquals(1, slack.calls("chat.postMessage").size(), "only the person's message is answered");
    }

    @Test
    void theSlashCommandIsAnsweredEphemerallyThroughItsResponseUrl() throws Exception {
        HttpPost.Response r = client.send(payloads.slashCommand("/focal", "help", "C0PARTNERS", ALICE, "alice",
                slack.responseUrl("cmd1")), SignedSlackClient.FORM);
        assertEquals(200, r.status());
        FakeSlackApi.Call answer = slack.await(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
        JsonNode body = mapper.readTree(answer.body());
        assertEquals("ephemeral", body.path("response_type").asText());
        assertFalse(body.path("replace_original").asBoolean());
        assertTrue(body.path("blocks").toString().contains("I help partnership focal points with"));
        assertTrue(slack.calls("chat.postMessage").isEmpty());
    }

    @Test
    void aButtonOnAPostedMessageUpdatesThatMessageInPlace() throws Exception {
        client.send(payloads.appMention("Ev008", "C0PARTNERS", ALICE, "<@" + BOT + "> hello", "1700000000.000100", null),
                SignedSlackClient.JSON);
        FakeSlackApi.Call post = slack.await("chat.postMessage", 1, WAIT).get(0);
        String ts = mapper.readTree(post.response()).path("ts").asText();

        HttpPost.Response r = client.send(payloads.buttonOnMessage("help:checklist", "C0PARTNERS", ts, ALICE, "alice",
                slack.responseUrl("btn1"), false), SignedSlackClient.FORM);
        assertEquals(200, r.status());

        FakeSlackApi.Call update = slack.await("chat.update", 1, WAIT).get(0);
        assertEquals("C0PARTNERS", update.param("channel"));
        assertEquals(ts, update.param("ts"));
        assertTrue(update.param("blocks").contains("Say which phase and partnership"));
        assertEquals(1, slack.calls("chat.postMessage").size(), "the click did not add a message");
    }

    @Test
    void aButtonOnAnEphemeralAnswerReplacesItThroughItsResponseUrl() throws Exception {
        client.send(payloads.buttonOnMessage("help:notes", "C0PARTNERS", "1700000000.000900", ALICE, "alice",
                slack.responseUrl("btn2"), true), SignedSlackClient.FORM);
        FakeSlackApi.Call answer = slack.await(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
        JsonNode body = mapper.readTree(answer.body());
        assertTrue(body.path("replace_original").asBoolean());
        assertTrue(body.path("blocks").toString().contains("note for Water Alliance"));
        assertTrue(slack.calls("chat.update").isEmpty());
    }

    @Test
    void openingTheHomeTabPublishesTheOverviewWithTheDmInItsMetadata() throws Exception {
        assertEquals(200, client.send(payloads.homeOpened("Ev009", ALICE, "D0ALICE"), SignedSlackClient.JSON).status());
        FakeSlackApi.Call publish = slack.await("views.publish", 1, WAIT).get(0);
        assertEquals(ALICE, publish.param("user_id"));
        JsonNode view = mapper.readTree(publish.param("view"));
        assertEquals("home", view.path("type").asText());
        assertEquals("D0ALICE", view.path("private_metadata").asText());
        assertTrue(view.toString().contains("Your partnerships, checklist progress and open actions"));
        assertTrue(actionIds(view.path("blocks")).contains("help:ask"));
    }

    @Test
    void aButtonOnTheHomeTabAnswersInTheAppDmAndRefreshesTheHomeTab() throws Exception {
        client.send(payloads.buttonOnHome("help:digest", ALICE, "alice", "D0ALICE"), SignedSlackClient.FORM);
        FakeSlackApi.Call post = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("D0ALICE", post.param("channel"));
        assertTrue(post.param("blocks").contains("send the weekly digest here"));
        assertEquals(ALICE, slack.await("views.publish", 1, WAIT).get(0).param("user_id"));
    }

    @Test
    void theSaveAsNoteShortcutIsAcknowledgedAndAnsweredThroughItsResponseUrl() throws Exception {
        HttpPost.Response r = client.send(payloads.messageShortcut(SlackHandlers.SAVE_NOTE_SHORTCUT, "C0PARTNERS",
                ALICE, "alice", "Mayor agreed the MoU draft", slack.responseUrl("sc1")), SignedSlackClient.FORM);
        assertEquals(200, r.status());
        FakeSlackApi.Call answer = slack.await(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
        assertEquals("ephemeral", mapper.readTree(answer.body()).path("response_type").asText());
    }

    @Test
    void aShortcutOnAMessageWithoutTextSaysSoInsteadOfSavingAnEmptyNote() throws Exception {
        client.send(payloads.messageShortcut(SlackHandlers.SAVE_NOTE_SHORTCUT, "C0PARTNERS", ALICE, "alice", "",
                slack.responseUrl("sc2")), SignedSlackClient.FORM);
        FakeSlackApi.Call answer = slack.await(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
        assertTrue(answer.body().contains("no text I can save"));
    }

    @Test
    void eventTypesWithoutAListenerAreAcknowledgedSoSlackDoesNotRetryThem() throws Exception {
        String reaction = "{\"token\":\"legacy\",\"team_id\":\"" + TEAM + "\",\"api_app_id\":\"A0FAKEAPP\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev010\",\"event_time\":1700000000,\"event\":{\"type\":\"reaction_added\",\"user\":\"" + ALICE + "\","
                + "\"reaction\":\"thumbsup\",\"item\":{\"type\":\"message\",\"channel\":\"C0PARTNERS\",\"ts\":\"1700000000.000100\"},"
                + "\"event_ts\":\"1700000000.000200\"}}";
        assertEquals(200, client.send(reaction, SignedSlackClient.JSON).status());
        String edited = "{\"token\":\"legacy\",\"team_id\":\"" + TEAM + "\",\"api_app_id\":\"A0FAKEAPP\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev011\",\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"subtype\":\"message_changed\","
                + "\"channel\":\"D0ALICE\",\"channel_type\":\"im\",\"hidden\":true,\"ts\":\"1700000000.000300\",\"event_ts\":\"1700000000.000300\"}}";
        assertEquals(200, client.send(edited, SignedSlackClient.JSON).status());
    }

    @Test
    void aSignedBodyThatIsNotASlackPayloadGetsAClear400() throws Exception {
        HttpPost.Response r = client.send("{\"hello\":\"world\"}", SignedSlackClient.JSON);
        assertEquals(400, r.status());
        assertTrue(mapper.readTree(r.body()).path("error").asText().contains("not a Slack payload"));
    }

    @Test
    void aNonAsciiMessageVerifiesAndIsAnswered() throws Exception {
        HttpPost.Response r = client.send(payloads.directMessage("Ev012", "D0ALICE", ALICE,
                "hello — ça va? 日本語 👋", "1700000000.000100", null), SignedSlackClient.JSON);
        assertEquals(200, r.status());
        assertTrue(slack.await("chat.postMessage", 1, WAIT).get(0).param("blocks").contains("Hello " + ALICE));
    }

    @Test
    void aRetriedEventArrivingAfterARestartGetsNoSecondReply() throws Exception {
        String first = payloads.appMention("Ev013", "C0PARTNERS", ALICE, "<@" + BOT + "> hello", "1700000000.000100", null);
        assertEquals(200, client.send(first, SignedSlackClient.JSON).status());
        slack.await("chat.postMessage", 1, WAIT);

        server.stopApp();
        server.startApp();
        client = server.client();
        HttpPost.Response retry = client.send(first, SignedSlackClient.JSON,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        assertEquals(200, retry.status(), "a retry is acknowledged like any delivery");
        // The single worker handles deliveries in order: once the next event is answered, the retry has been dealt with.
        client.send(payloads.appMention("Ev014", "C0PARTNERS", ALICE, "<@" + BOT + "> help", "1700000000.000200", null),
                SignedSlackClient.JSON);
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 2, WAIT);
        assertEquals(2, posts.size());
        assertTrue(posts.get(1).param("blocks").contains("I help partnership focal points with"),
                "the second reply answers the new event, not the retry");
    }

    @Test
    void aRateLimitedReplyWaitsAsLongAsRetryAfterSays() throws Exception {
        slack.rateLimitNext("chat.postMessage", 1);
        client.send(payloads.directMessage("Ev015", "D0ALICE", ALICE, "hello", "1700000000.000100", null), SignedSlackClient.JSON);
        List<FakeSlackApi.Call> attempts = slack.await("chat.postMessage", 2, WAIT);
        long gapMs = Duration.ofNanos(attempts.get(1).receivedNanos() - attempts.get(0).receivedNanos()).toMillis();
        assertTrue(gapMs >= 1000, "retried after " + gapMs + " ms");
        assertEquals(attempts.get(0).param("blocks"), attempts.get(1).param("blocks"));
    }

    @Test
    void onlyOneOfTokenAndSecretIsAStartupErrorNamingTheMissingOne() throws Exception {
        Path other = Files.createTempDirectory(dataDir, "other");
        ConfigException e = assertThrows(ConfigException.class, () -> Application.start(new Env(Map.of(
                "PORT", "0", "DATA_DIR", other.toString(), "SLACK_BOT_TOKEN", TOKEN)), Clock.systemUTC()));
        assertTrue(e.getMessage().startsWith("SLACK_SIGNING_SECRET is not set"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    static List<String> actionIds(JsonNode blocks) {
        List<String> ids = new java.util.ArrayList<>();
        blocks.findValues("action_id").forEach(v -> ids.add(v.asText()));
        return ids;
    }
}
