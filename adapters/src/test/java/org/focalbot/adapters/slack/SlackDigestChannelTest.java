package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.adapters.digest.SeededWeek;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.FakeSlackChannels;
import org.focalbot.adapters.slack.web.RetryPolicy;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.adapters.slack.web.Sleeper;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Slack digest channel against the fake Slack: posting with metadata, failures, finding a posted digest, and who can post. */
class SlackDigestChannelTest {

    static final String TOKEN = "xoxb-digest-channel-test-token";
    static final String MARKER = "focal-digest:sub-1:2026-W48";
    private final ObjectMapper mapper = Json.newMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        waits.add(d);
        clock.advance(d);
    };
    private final Digest week = SeededWeek.seeded();
    private FakeSlackApi slack;
    private SlackDigestChannel channel;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start(TOKEN, "T0TEAM", "U0BOT");
        slack.stampWith(clock);
        SlackWebApi api = new SlackWebApi(slack.apiUrl(), TOKEN, mapper, RetryPolicy.DEFAULT, sleeper);
        channel = new SlackDigestChannel(api, new SlackDigestBlocks(mapper),
                new ChannelPacer(Duration.ofSeconds(1), clock, sleeper), mapper);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private static ConversationAddress at(String id) {
        return new ConversationAddress(Platform.SLACK, "T0TEAM", id);
    }

    @Test
    void theDigestIsPostedAsOneBlockKitMessageCarryingItsMarkerAsMetadata() throws Exception {
        channel.deliver(at("C0PARTNERS"), week, MARKER);

        List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage");
        assertEquals(1, posts.size());
        FakeSlackApi.Call post = posts.get(0);
        assertEquals("C0PARTNERS", post.param("channel"));
        assertEquals(new SlackDigestBlocks(mapper).render(week).blocksJson(), post.param("blocks"));
        assertEquals("false", post.param("unfurl_links"));
        assertEquals(mapper.readTree("{\"event_type\":\"focal_digest\",\"event_payload\":{\"marker\":\"" + MARKER + "\"}}"),
                mapper.readTree(post.param("metadata")));
        FakeSlackChannels.Message kept = slack.messages("C0PARTNERS").get(0);
        assertEquals(MARKER, kept.metadata().path("event_payload").path("marker").asText());
        assertTrue(waits.isEmpty());
    }

    @Test
    void aRateLimitIsWaitedOutAsSlackAsksAndTheDigestStillArrivesOnce() throws Exception {
        slack.rateLimitNext("chat.postMessage", 3);
        channel.deliver(at("C0PARTNERS"), week, MARKER);

        assertEquals(List.of(Duration.ofSeconds(3)), waits);
        assertEquals(2, slack.calls("chat.postMessage").size(), "one refused attempt, one accepted");
        assertEquals(1, slack.messages("C0PARTNERS").size());
    }

    @Test
    void twoDigestsForOneChannelAreSpacedASecondApartButOtherChannelsDoNotWait() throws Exception {
        channel.deliver(at("C0PARTNERS"), week, MARKER);
        channel.deliver(at("C0PARTNERS"), week, "focal-digest:sub-2:2026-W48");
        channel.deliver(at("C0OTHER"), week, "focal-digest:sub-3:2026-W48");
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void aRateLimitThatOutlastsTheRetriesIsTransientAndSaysHowLongToWait() {
        for (int i = 0; i < 4; i++) {
            slack.rateLimitNext("chat.postMessage", 45);
        }
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at("C0BUSY"), week, MARKER));
        assertFalse(e.permanent());
        assertEquals(Duration.ofSeconds(45), e.retryAfter().orElseThrow());
    }

    @Test
    void anOutageThatOutlastsTheRetriesIsTransient() {
        for (int i = 0; i < 3; i++) {
            slack.failNext("chat.postMessage", 503);
        }
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at("C0PARTNERS"), week, MARKER));
        assertFalse(e.permanent());
        assertTrue(slack.messages("C0PARTNERS").isEmpty());
    }

    @Test
    void aChannelTheBotWasRemovedFromFailsPermanentlyWithAReadableReason() {
        slack.channel("C0GONE", "partners", FakeSlackChannels.State.NOT_MEMBER);
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at("C0GONE"), week, MARKER));
        assertTrue(e.permanent());
        assertTrue(e.retryAfter().isEmpty());
        assertTrue(e.getMessage().startsWith("I'm not a member of that channel any more ("), e.getMessage());
        assertTrue(e.getMessage().contains("C0GONE") && e.getMessage().contains("not_in_channel"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
        assertEquals(1, slack.calls("chat.postMessage").size(), "not retried");
    }

    @ParameterizedTest(name = "{0} is permanent")
    @ValueSource(strings = {"channel_not_found", "is_archived", "account_inactive", "invalid_auth", "token_revoked"})
    void errorsThatMeanTheBotCannotPostThereArePermanent(String error) {
        slack.errorNext("chat.postMessage", error);
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(at("C0X"), week, MARKER));
        assertTrue(e.permanent(), error);
        assertTrue(e.getMessage().contains(error), e.getMessage());
    }

    @Test
    void anotherPlatformsAddressIsRefusedPermanently() {
        ConversationAddress teams = new ConversationAddress(Platform.TEAMS, "tenant", "19:abc");
        DeliveryException e = assertThrows(DeliveryException.class, () -> channel.deliver(teams, week, MARKER));
        assertTrue(e.permanent());
        assertTrue(slack.outbound().isEmpty());
        assertEquals(Optional.of("this is not a Slack conversation"), channel.cannotPost(teams));
    }

    @Test
    void aDeliveredDigestIsFoundInTheHistoryByItsMarker() throws Exception {
        Instant claimedAt = clock.instant();
        clock.advance(Duration.ofSeconds(2));
        slack.addMessage("C0PARTNERS", "an earlier message by someone");
        channel.deliver(at("C0PARTNERS"), week, MARKER);
        slack.addMessage("C0PARTNERS", "a later message by someone");

        assertEquals(Optional.of(true), channel.alreadyDelivered(at("C0PARTNERS"), MARKER, claimedAt));
        assertEquals(Optional.of(false), channel.alreadyDelivered(at("C0PARTNERS"), "focal-digest:sub-1:2026-W49", claimedAt));
        assertEquals(Optional.of(false), channel.alreadyDelivered(at("C0QUIET"), MARKER, claimedAt));

        FakeSlackApi.Call lookup = slack.calls("conversations.history").get(0);
        assertEquals("true", lookup.param("include_all_metadata"));
        assertEquals(SlackDigestChannel.timestamp(claimedAt.minus(SlackDigestChannel.CLOCK_MARGIN)), lookup.param("oldest"));
    }

    @Test
    void aDigestBuriedUnderABusyChannelIsFoundAcrossPages() throws Exception {
        Instant claimedAt = clock.instant();
        channel.deliver(at("C0BUSY"), week, MARKER);
        for (int i = 0; i < 250; i++) {
            slack.addMessage("C0BUSY", "chatter " + i);
        }
        assertEquals(Optional.of(true), channel.alreadyDelivered(at("C0BUSY"), MARKER, claimedAt));
        assertEquals(3, slack.calls("conversations.history").size());
        assertEquals("200", slack.calls("conversations.history").get(2).param("cursor"));
    }

    @Test
    void whenTheChannelIsTooBusyToReadToTheEndItCannotTell() throws Exception {
        Instant claimedAt = clock.instant();
        channel.deliver(at("C0BUSY"), week, MARKER);
        int tooMany = SlackDigestChannel.HISTORY_PAGES * SlackDigestChannel.HISTORY_PAGE_SIZE;
        for (int i = 0; i < tooMany; i++) {
            slack.addMessage("C0BUSY", "chatter " + i);
        }
        assertEquals(Optional.empty(), channel.alreadyDelivered(at("C0BUSY"), MARKER, claimedAt));
        assertEquals(SlackDigestChannel.HISTORY_PAGES, slack.calls("conversations.history").size());
    }

    @Test
    void whenTheHistoryCannotBeReadItCannotTell() {
        slack.errorNext("conversations.history", "missing_scope");
        assertEquals(Optional.empty(), channel.alreadyDelivered(at("C0PARTNERS"), MARKER, clock.instant()));
        for (int i = 0; i < 3; i++) {
            slack.failNext("conversations.history", 500);
        }
        assertEquals(Optional.empty(), channel.alreadyDelivered(at("C0PARTNERS"), MARKER, clock.instant()));
    }

    @Test
    void cannotPostExplainsMembershipArchivingAndInvisibleChannels() {
        slack.channel("C0OUT", "partnerships", FakeSlackChannels.State.NOT_MEMBER);
        slack.channel("C0OLD", "old-partners", FakeSlackChannels.State.ARCHIVED);
        slack.channel("C0PRIV", "secret", FakeSlackChannels.State.NOT_FOUND);

        assertEquals(Optional.empty(), channel.cannotPost(at("C0PARTNERS")));
        assertEquals(Optional.of("I'm not a member of #partnerships"), channel.cannotPost(at("C0OUT")));
        assertEquals(Optional.of("#old-partners is archived"), channel.cannotPost(at("C0OLD")));
        assertEquals(Optional.of("I can't see this channel: it is private and I haven't been invited, or it was deleted"),
                channel.cannotPost(at("C0PRIV")));
        assertEquals("C0OUT", slack.calls("conversations.info").get(1).param("channel"));
    }

    @Test
    void cannotPostSaysNothingWhenSlackCannotBeAsked() {
        slack.errorNext("conversations.info", "missing_scope");
        assertEquals(Optional.empty(), channel.cannotPost(at("C0PARTNERS")));
        for (int i = 0; i < 3; i++) {
            slack.failNext("conversations.info", 502);
        }
        assertEquals(Optional.empty(), channel.cannotPost(at("C0PARTNERS")));
    }

    @Test
    void cannotPostNamesABrokenTokenBecauseNoPostCouldSucceed() {
        slack.errorNext("conversations.info", "invalid_auth");
        assertEquals(Optional.of(SlackDigestChannel.REASONS.get("invalid_auth")), channel.cannotPost(at("C0PARTNERS")));
    }
}
