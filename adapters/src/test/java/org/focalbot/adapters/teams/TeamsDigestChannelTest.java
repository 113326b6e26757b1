package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.digest.SeededWeek;
import org.focalbot.adapters.teams.cards.AdaptiveCardRenderer;
import org.focalbot.adapters.teams.cards.DigestCardRenderer;
import org.focalbot.adapters.teams.connector.AccessTokens;
import org.focalbot.adapters.teams.connector.ConnectorClient;
import org.focalbot.adapters.teams.connector.RetryPolicy;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.tenancy.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Teams digest channel against the fake Bot Framework: proactive delivery through stored references, and its failures. */
class TeamsDigestChannelTest {

    static final String TENANT = TeamsHarness.TENANT;
    static final String GENERAL = "19:general@thread.tacv2";
    static final String CHAT = "a:1personal-chat-with-ana";
    static final String MARKER = "focal-digest:sub-1:2026-W48";

    private final ObjectMapper mapper = Json.newMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private final Digest week = SeededWeek.seeded();
    private FakeBotFramework fake;
    private ConversationReferences references;
    private TeamsDigestChannel channel;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotFramework();
        RetryPolicy retries = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                () -> 0.5, waits::add, clock);
        HttpClient http = HttpClient.newHttpClient();
        AccessTokens tokens = new AccessTokens(http, retries, fake.tokenUrl(), TeamsHarness.APP_ID, "secret", mapper, clock);
        TeamsOutbox outbox = new TeamsOutbox(new ConnectorClient(http, retries, Optional.of(tokens), mapper),
                new AdaptiveCardRenderer(mapper), mapper);
        references = new ConversationReferences(new InMemoryDocumentStore(), mapper);
        channel = new TeamsDigestChannel(references, Workspaces.separate(), outbox, new DigestCardRenderer(mapper));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private void remember(String conversationId, String type, String teamsChannel) {
        references.remember("teams:" + TENANT, new ConversationReference(fake.serviceUrl(), "msteams", TENANT, conversationId,
                type, teamsChannel, TeamsHarness.BOT, "Focal Point", clock.instant()));
    }

    private static ConversationAddress at(String conversation) {
        return new ConversationAddress(Platform.TEAMS, TENANT, conversation);
    }

    @Test
    void inAChannelTheDigestStartsANewThreadWithItsCard() throws Exception {
        remember(GENERAL, "channel", GENERAL);
        channel.deliver(at(GENERAL), week, MARKER);

        FakeBotFramework.ConnectorCall call = fake.nextCall();
        assertEquals("/v3/conversations", call.path());
        assertEquals("Bearer bot-token-1", call.authorization());
        assertEquals(GENERAL, call.body().path("channelData").path("channel").path("id").asText());
        assertEquals(TENANT, call.body().path("channelData").path("tenant").path("id").asText());
        assertTrue(call.body().path("isGroup").asBoolean());
        JsonNode attachment = call.body().path("activity").path("attachments").get(0);
        assertEquals(AdaptiveCardRenderer.CONTENT_TYPE, attachment.path("contentType").asText());
        assertEquals(new DigestCardRenderer(mapper).card(week), attachment.path("content"));
        assertTrue(fake.pendingCalls().isEmpty(), "one digest, one message");
    }

    @Test
    void inAChatTheDigestIsANewMessageFromTheBot() throws Exception {
        remember(CHAT, "personal", null);
        channel.deliver(at(CHAT), week, MARKER);

        FakeBotFramework.ConnectorCall call = fake.nextCall();
        assertEquals("/v3/conversations/a%3A1personal-chat-with-ana/activities", call.path());
        assertEquals(TeamsHarness.BOT, call.body().path("from").path("id").asText());
        assertEquals(CHAT, call.body().path("conversation").path("id").asText());
        assertEquals(new DigestCardRenderer(mapper).card(week), call.body().path("attachments").get(0).path("content"));
    }

    @Test
    void throttlingIsWaitedOutAsTheServiceAsksAndTheDigestArrivesOnce() throws Exception {
        remember(GENERAL, "channel", GENERAL);
        fake.failNext(429, "2");
        channel.deliver(at(GENERAL), week, MARKER);

        assertEquals(List.of(Duration.ofSeconds(2)), waits);
        assertEquals("/v3/conversations", fake.nextCall().path());
        assertEquals(2, fake.allCalls().size(), "one throttled attempt, one delivered");
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsTransientAndSaysHowLongToWait() {
        remember(GENERAL, "channel", GENERAL);
        for (int i = 0; i < 4; i++) {
            fake.failNext(429, "20");
        }
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at(GENERAL), week, MARKER));
        assertFalse(e.permanent());
        assertEquals(Duration.ofSeconds(20), e.retryAfter().orElseThrow());
        assertEquals(4, fake.allCalls().size());
    }

    @Test
    void aGatewayOutageIsTransient() {
        remember(CHAT, "personal", null);
        for (int i = 0; i < 4; i++) {
            fake.failNext(502, null);
        }
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at(CHAT), week, MARKER));
        assertFalse(e.permanent());
    }

    @Test
    void aBotRemovedFromTheTeamGets403AndThatIsPermanent() {
        remember(GENERAL, "channel", GENERAL);
        fake.failNext(403, null);
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at(GENERAL), week, MARKER));
        assertTrue(e.permanent());
        assertTrue(e.retryAfter().isEmpty());
        assertTrue(e.getMessage().startsWith("I was removed from the conversation"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
        assertEquals(1, fake.allCalls().size(), "not retried");
    }

    @Test
    void withoutAStoredReferenceTheBotCannotPostAndSaysWhy() {
        assertEquals(Optional.of("I haven't been added to this conversation (or I was removed from it)"),
                channel.cannotPost(at(GENERAL)));
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at(GENERAL), week, MARKER));
        assertTrue(e.permanent());
        assertTrue(e.getMessage().contains("add the app there again"), e.getMessage());
        assertTrue(fake.allCalls().isEmpty());
    }

    @Test
    void withAStoredReferenceItCanPostAndReferencesOfAnotherTenantDoNotCount() {
        remember(GENERAL, "channel", GENERAL);
        assertEquals(Optional.empty(), channel.cannotPost(at(GENERAL)));
        assertTrue(channel.cannotPost(new ConversationAddress(Platform.TEAMS, "another-tenant", GENERAL)).isPresent());
        assertEquals(Optional.of("this is not a Teams conversation"),
                channel.cannotPost(new ConversationAddress(Platform.SLACK, TENANT, GENERAL)));
    }

    @Test
    void whetherADigestArrivedCannotBeToldBecauseABotCannotReadTheConversation() throws Exception {
        remember(GENERAL, "channel", GENERAL);
        Instant claimed = clock.instant();
        channel.deliver(at(GENERAL), week, MARKER);
        assertEquals(Optional.empty(), channel.alreadyDelivered(at(GENERAL), MARKER, claimed));
        assertEquals(Platform.TEAMS, channel.platform());
    }
}
