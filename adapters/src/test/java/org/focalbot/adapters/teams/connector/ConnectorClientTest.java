package org.focalbot.adapters.teams.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.teams.FakeBotFramework;
import org.focalbot.adapters.MutableClock;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectorClientTest {

    static final String CONVERSATION = "a:1Xy/personal;messageid=42";

    final ObjectMapper mapper = Json.newMapper();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    FakeBotFramework fake;
    MutableClock clock;
    AccessTokens tokens;
    ConnectorClient client;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotFramework();
        clock = new MutableClock(Instant.parse("2025-06-02T09:00:00Z"));
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                () -> 0.5, sleeps::add, clock);
        HttpClient http = HttpClient.newHttpClient();
        tokens = new AccessTokens(http, policy, fake.tokenUrl(), "app-id", "s3cret&=", mapper, clock);
        client = new ConnectorClient(http, policy, Optional.of(tokens), mapper);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    ObjectNode message() {
        return mapper.createObjectNode().put("type", "message");
    }

    @Test
    void aReplyGoesToTheActivityInItsConversationWithTheBotsToken() throws Exception {
        client.replyToActivity(fake.serviceUrl(), CONVERSATION, "act 1", message());
        FakeBotFramework.ConnectorCall call = fake.nextCall();
        assertEquals("/v3/conversations/a%3A1Xy%2Fpersonal%3Bmessageid%3D42/activities/act%201", call.path());
        assertEquals("Bearer bot-token-1", call.authorization());
        var form = fake.tokenRequests().get(0).form();
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("app-id", form.get("client_id"));
        assertEquals("s3cret&=", form.get("client_secret"));
        assertEquals("https://api.botframework.com/.default", form.get("scope"));
    }

    @Test
    void theTokenIsReusedUntilShortlyBeforeItExpires() throws Exception {
        client.sendToConversation(fake.serviceUrl(), CONVERSATION, message());
        clock.advance(Duration.ofMinutes(54));
        client.sendToConversation(fake.serviceUrl(), CONVERSATION, message());
        assertEquals(1, fake.tokenRequests().size(), "an hour-long token is still good after 54 minutes");
        clock.advance(Duration.ofMinutes(2));
        client.sendToConversation(fake.serviceUrl(), CONVERSATION, message());
        assertEquals(2, fake.tokenRequests().size(), "renewed within five minutes of expiry");
        fake.nextCall();
        fake.nextCall();
        assertEquals("Bearer bot-token-2", fake.nextCall().authorization());
    }

    @Test
    void throttlingIsRetriedAfterTheDelayTheServiceAsksFor() throws Exception {
        fake.failNext(429, "3");
        client.sendToConversation(fake.serviceUrl(), CONVERSATION, message());
        assertEquals(List.of(Duration.ofSeconds(3)), sleeps);
        assertEquals(2, fake.allCalls().size());
        fake.nextCall();
    }

    @Test
    void gatewayFailuresAreRetriedWithGrowingJitteredDelaysThenGivenUp() {
        for (int i = 0; i < 4; i++) {
            fake.failNext(502, null);
        }
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> client.sendToConversation(fake.serviceUrl(), CONVERSATION, message()));
        assertEquals(502, e.status());
        assertFalse(e.permanent());
        assertEquals(4, fake.allCalls().size(), "bounded: four attempts in all");
        // jitter 0.5 → three quarters of 0.5 s, 1 s, 2 s
        assertEquals(List.of(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500)), sleeps);
    }

    @Test
    void aRetryAfterLongerThanWeWaitEndsTheRetriesAndIsReported() {
        fake.failNext(429, "120");
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> client.sendToConversation(fake.serviceUrl(), CONVERSATION, message()));
        assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void aBotRemovedFromTheConversationIsAPermanentFailureNotRetried() {
        fake.failNext(403, null);
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> client.sendToConversation(fake.serviceUrl(), CONVERSATION, message()));
        assertTrue(e.permanent());
        assertEquals(1, fake.allCalls().size());
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheCallRepeated() throws Exception {
        fake.failNext(401, null);
        client.sendToConversation(fake.serviceUrl(), CONVERSATION, message());
        assertEquals(2, fake.tokenRequests().size());
        assertEquals("Bearer bot-token-2", fake.nextCall().authorization());
    }

    @Test
    void aNewThreadIsStartedByPostingToConversations() throws Exception {
        var created = client.createConversation(fake.serviceUrl(), mapper.createObjectNode().put("isGroup", true));
        assertEquals("/v3/conversations", fake.nextCall().path());
        assertTrue(created.path("id").asText().startsWith("19:channel@thread.tacv2;messageid="));
    }

    @Test
    void aServiceUrlThatIsNotHttpIsRefusedWithoutACall() {
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> client.sendToConversation("file:///etc/passwd", CONVERSATION, message()));
        assertTrue(e.permanent());
        assertTrue(fake.allCalls().isEmpty());
    }

    @Test
    void retryAfterMayBeAnHttpDate() throws Exception {
        fake.failNext(429, "Mon, 02 Jun 2025 09:00:07 GMT");
        client.sendToConversation(fake.serviceUrl(), CONVERSATION, message());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }
}
