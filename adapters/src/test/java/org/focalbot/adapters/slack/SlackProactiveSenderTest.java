package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.web.RetryPolicy;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.adapters.slack.web.Sleeper;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proactive posting (the digest's path) against the fake Slack, with a clock that only moves when the sender waits. */
class SlackProactiveSenderTest {

    static final String TOKEN = "xoxb-sender-test-token";
    private final ObjectMapper mapper = new ObjectMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        waits.add(d);
        clock.advance(d);
    };
    private FakeSlackApi slack;
    private SlackWebApi api;
    private SlackProactiveSender sender;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start(TOKEN, "T0TEAM", "U0BOT");
        api = new SlackWebApi(slack.apiUrl(), TOKEN, mapper, RetryPolicy.DEFAULT, sleeper);
        sender = new SlackProactiveSender(api, new BlockKit(mapper), new ChannelPacer(Duration.ofSeconds(1), clock, sleeper));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private static ConversationAddress channel(String id) {
        return new ConversationAddress(Platform.SLACK, "T0TEAM", id);
    }

    @Test
    void postsEachMessageToTheChannelAtMostOnePerSecond() throws Exception {
        List<Reply> digest = IntStream.range(0, 60).mapToObj(i -> Reply.text("Partnership " + i + " moved")).toList();

        sender.send(channel("C0DIGEST"), digest);
        sender.send(channel("C0DIGEST"), List.of(Reply.text("one more")));
        sender.send(channel("C0OTHER"), List.of(Reply.text("another channel does not wait")));

        assertEquals(4, slack.calls("chat.postMessage").size(), "60 blocks need two messages, then one, then one");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits,
                "the second and third post to C0DIGEST waited; C0OTHER did not");
        slack.calls("chat.postMessage").forEach(c -> assertTrue(c.param("channel").startsWith("C0")));
    }

    @ParameterizedTest(name = "{0} is permanent")
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived", "account_inactive", "invalid_auth"})
    void errorsThatMeanTheBotCannotPostThereArePermanent(String error) {
        slack.errorNext("chat.postMessage", error);
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> sender.send(channel("C0GONE"), List.of(Reply.text("digest"))));
        assertTrue(e.permanent());
        assertTrue(e.getMessage().contains("C0GONE") && e.getMessage().contains(error), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void aRateLimitThatOutlastsTheRetriesIsTransientAndCarriesRetryAfter() {
        for (int i = 0; i < 4; i++) {
            slack.rateLimitNext("chat.postMessage", 30);
        }
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> sender.send(channel("C0BUSY"), List.of(Reply.text("digest"))));
        assertFalse(e.permanent());
        assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
        assertEquals(4, slack.calls("chat.postMessage").size(), "one try and three waits of Retry-After");
    }

    @Test
    void anOutageThatOutlastsTheRetriesIsTransient() {
        for (int i = 0; i < 3; i++) {
            slack.failNext("chat.postMessage", 500);
        }
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> sender.send(channel("C0DIGEST"), List.of(Reply.text("digest"))));
        assertFalse(e.permanent());
    }

    @Test
    void anotherPlatformsAddressIsRefused() {
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> sender.send(new ConversationAddress(Platform.TEAMS, "tenant", "19:abc"), List.of(Reply.text("x"))));
        assertTrue(e.permanent());
        assertEquals(Platform.SLACK, sender.platform());
        assertTrue(slack.outbound().isEmpty());
    }
}
