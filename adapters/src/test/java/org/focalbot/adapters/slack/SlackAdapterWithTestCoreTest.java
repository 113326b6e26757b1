package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.focalbot.adapters.digest.SeededWeek;
import org.focalbot.adapters.host.HttpMetrics;
import org.focalbot.adapters.host.HttpServer;
import org.focalbot.adapters.host.ServerConfig;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.FakeSlackChannels;
import org.focalbot.adapters.slack.fake.SignedSlackClient;
import org.focalbot.adapters.slack.fake.SlackPayloads;
import org.focalbot.bot.Action;
import org.focalbot.bot.Bot;
import org.focalbot.bot.Citation;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Progress;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.digest.DigestChannel;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.Interpretation;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.SeenEvents;
import org.focalbot.bot.tenancy.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The adapter in front of a core test double that records every turn and echoes the person's
 * text into every part of its reply (text, button label, citation, progress, Home overview), so
 * the mapping Slack → Turn and the escaping Reply → Slack can be checked exactly.
 */
class SlackAdapterWithTestCoreTest {

    static final String TOKEN = SlackServerFixture.TOKEN;
    static final String SECRET = SlackServerFixture.SECRET;
    static final String BOT = "U0BOT";
    static final String ALICE = "U0ALICE";
    static final Duration WAIT = Duration.ofSeconds(10);
    /** What must never appear unescaped in anything sent to Slack. */
    static final List<String> PINGS = List.of("<!channel>", "<!here>", "<!everyone>", "<@U123>");

    @TempDir
    Path dataDir;

    private final ObjectMapper mapper = Json.newMapper();
    private final List<Turn> turns = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private volatile String lastText = "";
    private FakeSlackApi slack;
    private SlackAdapter adapter;
    private HttpServer server;
    private SignedSlackClient client;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start(TOKEN, "T0TEAM", BOT);
        Clock clock = Clock.systemUTC();
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        Dialogue echo = Dialogue.builder()
                .otherwise(ctx -> {
                    turns.add(ctx.turn());
                    String t = ctx.turn().text();
                    lastText = t;
                    if (t.equals("boom")) {
                        throw new IllegalStateException("the core failed");
                    }
                    if (t.equals("long")) {
                        ctx.say(longText());
                        return;
                    }
                    ctx.reply(new Reply("Saved: " + t, List.of(new Action("echo:keep", "Keep " + t)),
                            List.of(new Citation("Notes of " + t, "Section " + t, null)), new Progress(t, 1, 2)));
                })
                .onAction("echo", Intents.ADD_NOTE, (ctx, arg) -> {
                    turns.add(ctx.turn());
                    ctx.say("Clicked " + arg);
                })
                .build();
        // Every message goes to the echo fallback: this test is about the adapter, not understanding.
        IntentScore any = new IntentScore(Intents.OUT_OF_SCOPE, 1.0);
        Bot bot = new Bot(text -> new Interpretation(text, any, List.of(any), Entities.NONE), echo, new ConversationStateStore(store, mapper, clock),
                Workspaces.separate(), clock);
        SlackAdapter.Core core = new SlackAdapter.Core(bot, new SeenEvents(store, mapper, clock), Workspaces.separate(),
                (workspace, author) -> List.of(Reply.withActions("Overview for " + author + " in " + workspace + ": " + lastText,
                        List.of(new Action("echo:home", "Open " + lastText)))));
        adapter = SlackAdapter.create(new SlackSettings(TOKEN, SECRET, slack.apiUrl(), 1), core, mapper, clock,
                SlackAdapter.newWorkerPool(1), waits::add);
        server = new HttpServer(new ServerConfig(0, "127.0.0.1", dataDir, Optional.empty()), mapper, new HttpMetrics(),
                List.of(adapter.routes()), Set.of()).start();
        client = new SignedSlackClient(URI.create("http://127.0.0.1:" + server.port() + SlackRoutes.PATH), SECRET, clock);
    }

    @AfterEach
    void stop() {
        server.stop();
        adapter.close();
        slack.close();
    }

    @Test
    void userTextThatWouldNotifyPeopleIsEscapedInEveryOutboundPayload() throws Exception {
        SlackPayloads p = new SlackPayloads("T0TEAM", null);
        // Typed literally, Slack delivers the characters escaped; the core sees the raw characters.
        client.send(p.directMessage("Ev1", "D0ALICE", ALICE, "note: &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; R&amp;D",
                "1700000000.000100", null), SignedSlackClient.JSON);
        FakeSlackApi.Call dm = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("note: <!channel> <!here> <@U123> R&D", turns.get(0).text());
        String ts = mapper.readTree(dm.response()).path("ts").asText();

        // A real @channel mention arrives as markup and reaches the core as plain "@channel".
        client.send(p.appMention("Ev2", "C0PARTNERS", ALICE, "<@" + BOT + "> note: <!channel> meet <@U123|bob> <!everyone>",
                "1700000000.000200", null), SignedSlackClient.JSON);
        client.send(p.slashCommand("/focal", "note &lt;!here&gt; budget", "C0PARTNERS", ALICE, "alice",
                slack.responseUrl("cmd")), SignedSlackClient.FORM);
        client.send(p.messageShortcut(SlackHandlers.SAVE_NOTE_SHORTCUT, "C0PARTNERS", ALICE, "alice",
                "&lt;!channel&gt; from a shortcut", slack.responseUrl("sc")), SignedSlackClient.FORM);
        client.send(p.buttonOnMessage("echo:keep", "D0ALICE", ts, ALICE, "alice", slack.responseUrl("b"), false),
                SignedSlackClient.FORM);
        client.send(p.homeOpened("Ev3", ALICE, "D0ALICE"), SignedSlackClient.JSON);

        slack.await("chat.postMessage", 2, WAIT);
        slack.await(FakeSlackApi.RESPONSE_URL, 2, WAIT);
        slack.await("chat.update", 1, WAIT);
        slack.await("views.publish", 1, WAIT);
        assertEquals("note: @channel meet @bob @everyone", turns.get(1).text());

        for (FakeSlackApi.Call call : slack.outbound()) {
            String sent = String.join("\n", call.params().values());
            for (String ping : PINGS) {
                assertFalse(sent.contains(ping), call.method() + " sent " + ping + " unescaped: " + sent);
            }
        }
        JsonNode blocks = mapper.readTree(dm.param("blocks"));
        assertTrue(dm.param("text").contains("&lt;!channel&gt;"), "the notification text is escaped too");
        assertTrue(blocks.get(0).path("text").path("text").asText().contains("&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; R&amp;D"));
        String everywhere = blocks.toString();
        assertTrue(everywhere.contains("Keep note: &lt;!channel&gt;"), "button label: " + everywhere);
        assertTrue(everywhere.contains("Source: Notes of note: &lt;!channel&gt;"), "citation: " + everywhere);
        assertTrue(everywhere.contains("*note: &lt;!channel&gt;"), "progress label: " + everywhere);
        assertTrue(slack.calls("views.publish").get(0).param("view").contains("&lt;!channel&gt;"));
    }

    @Test
    void aSlackRetryOfAnEventReachesTheCoreOnceEvenWhenBothDeliveriesAreAcknowledged() throws Exception {
        String event = new SlackPayloads("T0TEAM", null).directMessage("Ev10", "D0ALICE", ALICE, "note: budget approved",
                "1700000000.000100", null);
        assertEquals(200, client.send(event, SignedSlackClient.JSON).status());
        assertEquals(200, client.send(event, SignedSlackClient.JSON, java.util.Map.of("X-Slack-Retry-Num", "1")).status());
        assertEquals(200, client.send(event, SignedSlackClient.JSON, java.util.Map.of("X-Slack-Retry-Num", "2")).status());
        client.send(new SlackPayloads("T0TEAM", null).directMessage("Ev11", "D0ALICE", ALICE, "next", "1700000000.000200", null),
                SignedSlackClient.JSON);
        slack.await("chat.postMessage", 2, WAIT);
        assertEquals(List.of("note: budget approved", "next"), turns.stream().map(Turn::text).toList());
        assertEquals(2, adapter.redeliveriesDropped());
    }

    @Test
    void theCoreSeesPlainTextWithoutTheBotsMention() throws Exception {
        client.send(new SlackPayloads("T0TEAM", null).appMention("Ev4", "C0PARTNERS", ALICE,
                "<@" + BOT + "> what does <https://www.ilo.org/guide|the guide> say about &lt;governance&gt;?",
                "1700000000.000100", null), SignedSlackClient.JSON);
        slack.await("chat.postMessage", 1, WAIT);
        Turn turn = turns.get(0);
        assertEquals("what does the guide (https://www.ilo.org/guide) say about <governance>?", turn.text());
        assertEquals("C0PARTNERS", turn.conversation());
        assertEquals(ALICE, turn.user());
        assertEquals("T0TEAM", turn.tenant());
    }

    @Test
    void theNameSlackSendsWithAMentionBecomesTheTurnsUserName() throws Exception {
        String mention = new SlackPayloads("T0TEAM", null).appMention("Ev9", "C0PARTNERS", ALICE, "<@" + BOT + "> hello",
                "1700000000.000100", null).replace("\"user\":\"" + ALICE + "\"",
                "\"user\":\"" + ALICE + "\",\"user_profile\":{\"real_name\":\"Alice Martin\",\"display_name\":\"alice\"}");
        client.send(mention, SignedSlackClient.JSON);
        slack.await("chat.postMessage", 1, WAIT);
        assertEquals("Alice Martin", turns.get(0).userName());
        assertEquals(ALICE, turns.get(0).user());
    }

    @Test
    void theTenantIsTheEnterpriseWhenSlackSendsOne() throws Exception {
        SlackPayloads grid = new SlackPayloads("T0TEAM", "E0GRID");
        client.send(grid.directMessage("Ev5", "D0ALICE", ALICE, "hello", "1700000000.000100", null), SignedSlackClient.JSON);
        client.send(grid.slashCommand("/focal", "help", "C0PARTNERS", ALICE, "alice", slack.responseUrl("c")),
                SignedSlackClient.FORM);
        client.send(grid.buttonOnMessage("echo:keep", "C0PARTNERS", "1700000000.000001", ALICE, "alice",
                slack.responseUrl("b"), false), SignedSlackClient.FORM);
        slack.await("chat.update", 1, WAIT);
        assertEquals(3, turns.size());
        turns.forEach(t -> assertEquals("E0GRID", t.tenant(), t.toString()));
    }

    @Test
    void slashCommandsReachTheCoreAsTheSentencesTheyStandFor() throws Exception {
        client.send(new SlackPayloads("T0TEAM", null).slashCommand("/focal", "note for Water Alliance: MoU signed",
                "C0PARTNERS", ALICE, "alice", slack.responseUrl("c")), SignedSlackClient.FORM);
        slack.await(FakeSlackApi.RESPONSE_URL, 1, WAIT);
        Turn turn = turns.get(0);
        assertEquals("note for Water Alliance: MoU signed", turn.text());
        assertEquals("C0PARTNERS", turn.conversation());
        assertEquals("alice", turn.userName());
    }

    @Test
    void theSaveAsNoteShortcutSendsTheMessageTextAsANote() throws Exception {
        client.send(new SlackPayloads("T0TEAM", null).messageShortcut(SlackHandlers.SAVE_NOTE_SHORTCUT, "C0PARTNERS",
                ALICE, "alice", "Mayor agreed the MoU draft", slack.responseUrl("s")), SignedSlackClient.FORM);
        slack.await(FakeSlackApi.RESPONSE_URL, 1, WAIT);
        Turn turn = turns.get(0);
        assertEquals("note: Mayor agreed the MoU draft", turn.text());
        assertEquals("C0PARTNERS", turn.conversation());
        assertEquals(ALICE, turn.user());
    }

    @Test
    void aClickBecomesAnActionTurnWithTheButtonsNeutralId() throws Exception {
        client.send(new SlackPayloads("T0TEAM", null).buttonOnMessage("echo:keep", "C0PARTNERS", "1700000000.000001",
                ALICE, "alice", slack.responseUrl("b"), false), SignedSlackClient.FORM);
        FakeSlackApi.Call update = slack.await("chat.update", 1, WAIT).get(0);
        Turn turn = turns.get(0);
        assertTrue(turn.isAction());
        assertEquals("echo:keep", turn.action());
        assertEquals("C0PARTNERS", turn.conversation());
        assertTrue(update.param("blocks").contains("Clicked keep"));
    }

    @Test
    void aLongReplyIsSplitIntoMessagesWithinSlacksLimitsAndNothingIsLost() throws Exception {
        client.send(new SlackPayloads("T0TEAM", null).directMessage("Ev6", "D0ALICE", ALICE, "long", "1700000000.000100", null),
                SignedSlackClient.JSON);
        int expected = new BlockKit(mapper).messages(List.of(Reply.text(longText()))).size();
        assertTrue(expected >= 3, "20,000 characters need at least three messages of at most 8,000");
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", expected, WAIT);
        StringBuilder all = new StringBuilder();
        for (FakeSlackApi.Call post : posts) {
            JsonNode blocks = mapper.readTree(post.param("blocks"));
            assertTrue(blocks.size() <= BlockKit.MAX_MESSAGE_BLOCKS);
            for (JsonNode block : blocks) {
                String text = block.path("text").path("text").asText();
                assertTrue(text.length() <= BlockKit.MAX_TEXT, "text object of " + text.length());
                all.append(text).append(' ');
            }
        }
        String want = longText().replaceAll("\\s+", " ").strip();
        String got = all.toString().replaceAll("\\s+", " ").strip();
        assertTrue(want.equals(got), "the messages hold the reply exactly: " + want.length() + " vs " + got.length()
                + " characters, first difference at " + firstDifference(want, got));
    }

    @Test
    void whenTheCoreFailsThePersonIsToldInsteadOfHearingNothing() throws Exception {
        client.send(new SlackPayloads("T0TEAM", null).directMessage("Ev7", "D0ALICE", ALICE, "boom", "1700000000.000100", null),
                SignedSlackClient.JSON);
        FakeSlackApi.Call post = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertTrue(post.param("blocks").contains("Sorry, something went wrong on my side (ref "));
    }

    @Test
    void aReplySlackKeepsRefusingIsRetriedWithBackoffThenLoggedWithMethodAndChannelButNeverTheToken() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            slack.failNext("chat.postMessage", 503);
            slack.failNext("chat.postMessage", 503);
            slack.failNext("chat.postMessage", 503);
            client.send(new SlackPayloads("T0TEAM", null).directMessage("Ev8", "D0ALICE", ALICE, "hello", "1700000000.000100", null),
                    SignedSlackClient.JSON);
            slack.await("chat.postMessage", 3, WAIT);
            adapter.close();

            assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), waits, "bounded, doubling backoff");
            assertEquals(3, slack.calls("chat.postMessage").size(), "three attempts, no more");
            List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertTrue(lines.stream().anyMatch(l -> l.contains("chat.postMessage") && l.contains("D0ALICE")
                    && l.contains("failed after 3 attempts")), lines.toString());
            lines.forEach(l -> assertFalse(l.contains(TOKEN), "a log line holds the token: " + l));
        } finally {
            root.detachAppender(logs);
        }
    }

    @Test
    void theAdaptersDigestChannelPostsThroughTheSameWebApiAndAsksSlackWhetherItCanPost() throws Exception {
        DigestChannel digests = adapter.digestChannel();
        assertEquals(Platform.SLACK, digests.platform());
        ConversationAddress partners = new ConversationAddress(Platform.SLACK, "T0TEAM", "C0PARTNERS");
        slack.stampWith(Clock.systemUTC());
        Instant before = Instant.now();

        digests.deliver(partners, SeededWeek.seeded(), "focal-digest:s1:2026-W48");

        FakeSlackApi.Call post = slack.calls("chat.postMessage").get(0);
        assertEquals("Bearer " + TOKEN, post.authorization());
        assertTrue(post.param("metadata").contains("focal-digest:s1:2026-W48"), post.param("metadata"));
        assertEquals(Optional.of(true), digests.alreadyDelivered(partners, "focal-digest:s1:2026-W48", before));
        slack.channel("C0ELSEWHERE", "elsewhere", FakeSlackChannels.State.NOT_MEMBER);
        assertEquals(Optional.of("I'm not a member of #elsewhere"),
                digests.cannotPost(new ConversationAddress(Platform.SLACK, "T0TEAM", "C0ELSEWHERE")));
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    static String longText() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 20_000) {
            sb.append("Paragraph ").append(i++).append(": partners agreed to review the workplan and report back. ");
            if (i % 7 == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString().strip();
    }
}
