package org.focalbot.adapters.slack;

import static org.focalbot.adapters.slack.SlackServerFixture.BOT;
import static org.focalbot.adapters.slack.SlackServerFixture.TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.FakeSlackChannels;
import org.focalbot.adapters.slack.fake.SignedSlackClient;
import org.focalbot.adapters.slack.fake.SlackPayloads;
import org.focalbot.bot.digest.DeliveryLedger;
import org.focalbot.bot.digest.DigestScheduler;
import org.focalbot.bot.digest.Digests;
import org.focalbot.bot.digest.Subscription;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Slack channel subscribes by mentioning the assistant and then receives exactly one digest per
 * week through the fake Web API, also when the server dies between claiming a digest and sending it.
 */
class SlackDigestEndToEndTest {

    static final String CHANNEL = "C0PARTNERS";
    static final String WORKSPACE = "slack:" + TEAM;
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;
    // Bolt checks request timestamps against the real time, so the test clock starts at the real time.
    private final MutableClock clock = new MutableClock(Instant.now());
    private final SlackPayloads payloads = new SlackPayloads(TEAM, null);
    private SlackServerFixture server;
    private FakeSlackApi slack;

    @BeforeEach
    void start() throws Exception {
        server = SlackServerFixture.start(dataDir, clock);
        slack = server.slack;
        slack.stampWith(clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSubscribedChannelGetsExactlyOneDigestAWeekEvenAfterACrashBetweenClaimAndSend() throws Exception {
        server.client().send(payloads.appMention("Ev1", CHANNEL, "U0ANA", "<@" + BOT + "> send the weekly digest "
                + "here on Fridays at 8", "1700000000.000100", null), SignedSlackClient.JSON);
        String confirmation = slack.await("chat.postMessage", 1, WAIT).get(0).param("blocks");
        assertTrue(confirmation.contains("Subscribed: this conversation gets the weekly digest on Fridays at 08:00 (UTC)"),
                confirmation);

        Author ana = new Author("slack:U0ANA", "Ana", WORKSPACE);
        Partnership water = server.app().assistant().notes().partnerships().create(WORKSPACE,
                PartnershipSpec.named("Water Alliance"), ana);
        server.app().assistant().notes().add(WORKSPACE, ana, water.id(), NoteDraft.of("<!channel> MoU signed"));

        Instant firstFriday = subscription().schedule().nextAfter(clock.instant());
        clock.set(firstFriday.plusSeconds(5));
        DigestScheduler scheduler = server.app().assistant().digests().scheduler("e2e");
        assertEquals(1, scheduler.tick().sent());
        assertEquals(0, scheduler.tick().total());
        List<FakeSlackChannels.Message> digests = digestsIn(CHANNEL);
        assertEquals(1, digests.size());
        assertTrue(digests.get(0).blocks().contains("&lt;!channel&gt; MoU signed"), digests.get(0).blocks());

        // Next week the process claims the digest and dies before sending it.
        Instant secondFriday = firstFriday.plus(Duration.ofDays(7));
        clock.set(secondFriday.plusSeconds(5));
        Subscription s = subscription();
        new DeliveryLedger(server.app().store(), Json.newMapper()).claim(WORKSPACE, s.id(),
                s.schedule().periodOf(secondFriday), "the-dead-process", clock.instant(), Digests.LEASE);
        server.stopApp();
        server.startApp();
        DigestScheduler restarted = server.app().assistant().digests().scheduler("after-restart");
        restarted.recoverAbandonedClaims();
        restarted.tick();
        restarted.tick();
        assertEquals(2, digestsIn(CHANNEL).size(), "the claimed week was sent once after the restart");
    }

    private Subscription subscription() {
        return server.app().assistant().digests().subscriptions().inWorkspace(WORKSPACE).get(0);
    }

    private List<FakeSlackChannels.Message> digestsIn(String channel) {
        return slack.messages(channel).stream()
                .filter(m -> m.metadata() != null && "focal_digest".equals(m.metadata().path("event_type").asText()))
                .toList();
    }
}
