package org.focalbot.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.focalbot.bot.MutableClock;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.MapDbDocumentStore;
import org.focalbot.knowledge.checklist.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exactly one digest per subscription per week, whatever crashes, restarts and outages happen. */
class DigestSchedulerTest {

    private static final String WS = "slack:T1";
    private static final ConversationAddress CHANNEL = new ConversationAddress(Platform.SLACK, "T1", "C1");
    private static final Duration LEASE = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final ObjectMapper mapper = Json.newMapper();
    private final MutableClock clock = new MutableClock("2026-11-20T10:00:00Z"); // a Friday
    private final FakeSources sources = new FakeSources();
    private final RecordingChannel slack = new RecordingChannel(Platform.SLACK);

    private DigestScheduler scheduler(DocumentStore store, String owner) {
        return new DigestScheduler(new Subscriptions(store, mapper), new DeliveryLedger(store, mapper),
                new DigestComposer(sources), new DigestChannels().register(slack), clock, owner, LEASE);
    }

    private void subscribeMondayNine(DocumentStore store) {
        new Subscriptions(store, mapper).save(new Subscription(Subscriptions.idOf(CHANNEL), WS, CHANNEL,
                new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC")), List.of(), false, "slack:U1",
                clock.instant(), Subscription.Status.ACTIVE, null, clock.instant()));
    }

    @Test
    void theDigestGoesOutOnceAtTheScheduledTimeAndAgainTheNextWeek() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        DigestScheduler s = scheduler(store, "a");
        assertEquals(0, s.tick().total(), "nothing before the first slot");
        clock.set("2026-11-23T09:00:30Z");
        assertEquals(1, s.tick().sent());
        assertEquals(0, s.tick().total(), "a second tick in the same week sends nothing");
        clock.set("2026-11-29T23:00:00Z");
        assertEquals(0, s.tick().total());
        clock.set("2026-11-30T09:01:00Z");
        assertEquals(1, s.tick().sent());
        assertEquals(2, slack.sent.size());
        assertEquals("focal-digest:" + Subscriptions.idOf(CHANNEL) + ":2026-11-30", slack.sent.get(1).marker());
    }

    @Test
    void theDigestCoversTheSevenDaysBeforeItsSlot() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        sources.partnerships.add(new FakeSources.Scoped<>(WS, new DigestSources.PartnershipInfo("p1", "Water Alliance", Phase.INITIATING)));
        sources.notes.add(new FakeSources.Scoped<>(WS, new DigestSources.NoteInfo("p1", "Ana", "too old",
                Instant.parse("2026-11-16T08:59:00Z"))));
        sources.notes.add(new FakeSources.Scoped<>(WS, new DigestSources.NoteInfo("p1", "Ana", "in the week",
                Instant.parse("2026-11-20T12:00:00Z"))));
        clock.set("2026-11-23T09:05:00Z");
        scheduler(store, "a").tick();
        Digest d = slack.sent.get(0).digest();
        assertEquals(Instant.parse("2026-11-16T09:00:00Z"), d.from());
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), d.to());
        assertEquals(1, d.headline().notes());
        assertEquals("in the week", d.active().get(0).excerpts().get(0).text());
    }

    @Test
    void aServerDownAcrossTwoSlotsSendsOneDigestWhenItIsBack() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        clock.set("2026-12-02T15:00:00Z"); // missed 23 Nov and 30 Nov
        DigestScheduler s = scheduler(store, "a");
        assertEquals(1, s.tick().sent());
        assertEquals(0, s.tick().total());
        assertEquals(1, slack.sent.size());
        assertEquals(Instant.parse("2026-11-30T09:00:00Z"), slack.sent.get(0).digest().to(), "the latest week is the one sent");
    }

    @Test
    void subscribingAfterThisWeeksSlotWaitsForNextWeek() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        clock.set("2026-11-23T10:00:00Z");
        subscribeMondayNine(store);
        assertEquals(0, scheduler(store, "a").tick().total());
        clock.set("2026-11-30T09:00:00Z");
        assertEquals(1, scheduler(store, "a").tick().sent());
    }

    @Test
    void aCrashBetweenClaimAndSendIsResolvedOnRestartWithOneDigest() throws Exception {
        Path file = dir.resolve("digest.db");
        DocumentStore store = MapDbDocumentStore.open(file);
        subscribeMondayNine(store);
        clock.set("2026-11-23T09:00:00Z");
        // The first process claims the week and dies before sending.
        new DeliveryLedger(store, mapper).claim(WS, Subscriptions.idOf(CHANNEL), "2026-11-23", "dead-process",
                clock.instant(), LEASE);
        store.close();

        clock.advance(Duration.ofMinutes(1)); // restart well within the dead claim's lease
        store = MapDbDocumentStore.open(file);
        DigestScheduler restarted = scheduler(store, "new-process");
        assertEquals(1, restarted.recoverAbandonedClaims());
        assertEquals(1, restarted.tick().sent());
        assertEquals(0, restarted.tick().total());
        assertEquals(1, slack.sent.size());
        store.close();
    }

    @Test
    void aCrashAfterSendingIsNotSentTwiceWhenThePlatformCanTell() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        slack.remembersMarkers = true;
        clock.set("2026-11-23T09:00:00Z");
        // The dead process sent the digest but died before recording it.
        var claim = new DeliveryLedger(store, mapper).claim(WS, Subscriptions.idOf(CHANNEL), "2026-11-23", "dead",
                clock.instant(), LEASE).orElseThrow();
        slack.sent.add(new RecordingChannel.Sent(CHANNEL, null, "focal-digest:" + claim.delivery().subscriptionId() + ":2026-11-23"));
        DigestScheduler restarted = scheduler(store, "new");
        restarted.recoverAbandonedClaims();
        DigestScheduler.TickReport r = restarted.tick();
        assertEquals(1, r.recovered());
        assertEquals(1, slack.sent.size(), "no second message");
        assertEquals(Delivery.State.SENT,
                new DeliveryLedger(store, mapper).get(WS, claim.delivery().subscriptionId(), "2026-11-23").orElseThrow().state());
    }

    @Test
    void twoSchedulersOnOneStoreSendOneDigest() throws Exception {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        clock.set("2026-11-23T09:00:00Z");
        CountDownLatch bothTicking = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<DigestScheduler.TickReport> a = pool.submit(() -> {
            bothTicking.countDown();
            bothTicking.await();
            return scheduler(store, "a").tick();
        });
        Future<DigestScheduler.TickReport> b = pool.submit(() -> {
            bothTicking.countDown();
            bothTicking.await();
            return scheduler(store, "b").tick();
        });
        int sent = a.get(10, TimeUnit.SECONDS).sent() + b.get(10, TimeUnit.SECONDS).sent();
        pool.shutdown();
        assertEquals(1, sent);
        assertEquals(1, slack.sent.size());
    }

    @Test
    void aLiveClaimOfAnotherSchedulerIsRespected() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        clock.set("2026-11-23T09:00:00Z");
        new DeliveryLedger(store, mapper).claim(WS, Subscriptions.idOf(CHANNEL), "2026-11-23", "busy-peer",
                clock.instant(), LEASE);
        assertEquals(0, scheduler(store, "me").tick().total(), "the peer is still sending");
        clock.advance(LEASE.plusSeconds(1));
        assertEquals(1, scheduler(store, "me").tick().sent(), "an expired claim is taken over");
    }

    @Test
    void transientFailuresAreRetriedWithBackoffThenSucceed() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        clock.set("2026-11-23T09:00:00Z");
        slack.failure = () -> DeliveryException.transientFailure("HTTP 503", null);
        DigestScheduler s = scheduler(store, "a");
        assertEquals(1, s.tick().retrying());
        clock.advance(Duration.ofSeconds(30));
        assertEquals(0, s.tick().total(), "not before the backoff");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(1, s.tick().retrying());
        slack.failure = null;
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, s.tick().sent());
        assertEquals(1, slack.sent.size());
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        clock.set("2026-11-23T09:00:00Z");
        slack.failure = () -> DeliveryException.transientFailure("rate limited", Duration.ofMinutes(3));
        DigestScheduler s = scheduler(store, "a");
        s.tick();
        slack.failure = null;
        clock.advance(Duration.ofMinutes(2));
        assertEquals(0, s.tick().total());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, s.tick().sent());
    }

    @Test
    void transientFailuresAreNotRetriedForever() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        clock.set("2026-11-23T09:00:00Z");
        slack.failure = () -> DeliveryException.transientFailure("HTTP 503", null);
        DigestScheduler s = scheduler(store, "a");
        int attempts = 0;
        for (int i = 0; i < 20; i++) {
            attempts += s.tick().total();
            clock.advance(Duration.ofHours(4));
        }
        assertEquals(DigestScheduler.RETRY_DELAYS.size() + 1, attempts);
    }

    @Test
    void aPermanentFailurePausesTheSubscriptionAndIsNotRetried() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        subscribeMondayNine(store);
        clock.set("2026-11-23T09:00:00Z");
        slack.failure = () -> DeliveryException.permanent("channel_not_found: the bot is not in the channel");
        DigestScheduler s = scheduler(store, "a");
        assertEquals(1, s.tick().failed());
        Subscription after = new Subscriptions(store, mapper).forConversation(WS, CHANNEL).orElseThrow();
        assertEquals(Subscription.Status.FAILED, after.status());
        assertTrue(after.statusReason().contains("channel_not_found"));
        slack.failure = null;
        clock.set("2026-11-30T09:00:00Z");
        assertEquals(0, s.tick().total(), "a failed subscription waits for someone to fix it");
    }

    @Test
    void aQuietWeekIsSkippedWhenTheSubscriptionSaysSo() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        Subscriptions subs = new Subscriptions(store, mapper);
        subscribeMondayNine(store);
        subs.save(subs.forConversation(WS, CHANNEL).orElseThrow().withSkipQuietWeeks(true));
        clock.set("2026-11-23T09:00:00Z");
        assertEquals(1, scheduler(store, "a").tick().skipped());
        assertEquals(0, slack.sent.size());
    }

    @Test
    void aPlatformThatIsNotConfiguredPausesTheSubscriptionWithAReason() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        ConversationAddress teams = new ConversationAddress(Platform.TEAMS, "tid", "19:abc");
        new Subscriptions(store, mapper).save(new Subscription(Subscriptions.idOf(teams), "teams:tid", teams,
                WeeklySchedule.DEFAULT_UTC, List.of(), false, "teams:u", clock.instant(), null, null, clock.instant()));
        clock.set("2026-11-23T09:00:00Z");
        assertEquals(1, scheduler(store, "a").tick().failed());
        assertTrue(new Subscriptions(store, mapper).forConversation("teams:tid", teams).orElseThrow()
                .statusReason().contains("teams is not configured"));
    }
}
