package org.focalbot.adapters.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.focalbot.adapters.slack.web.SlackCallException;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.bot.Bot;
import org.focalbot.bot.BotResponse;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.store.SeenEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the slow part of a Slack interaction after it has been acknowledged: on a worker thread,
 * drops a redelivered event (by {@code event_id}, remembered durably), runs the turn through the
 * core, renders the replies and delivers them. Failures are logged and, where possible, the
 * person is told something went wrong instead of hearing nothing.
 */
final class TurnDispatcher {

    private static final Logger log = LoggerFactory.getLogger(TurnDispatcher.class);
    static final String SEEN_NAMESPACE = "slack-event";
    /** Slack gives up retrying an event within the hour; a day leaves a wide margin. */
    static final Duration REMEMBER_EVENTS = Duration.ofDays(1);
    static final Duration PURGE_EVERY = Duration.ofHours(1);

    /** Work that may call the Web API. */
    @FunctionalInterface
    interface Work {
        void run() throws SlackCallException;
    }

    private final Bot bot;
    private final SeenEvents seen;
    private final BlockKit blockKit;
    private final SlackWebApi api;
    private final HomeTab home;
    private final ExecutorService executor;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge;
    private final AtomicLong redeliveries = new AtomicLong();

    TurnDispatcher(Bot bot, SeenEvents seen, BlockKit blockKit, SlackWebApi api, HomeTab home,
                   ExecutorService executor, Clock clock) {
        this.bot = bot;
        this.seen = seen;
        this.blockKit = blockKit;
        this.api = api;
        this.home = home;
        this.executor = executor;
        this.clock = clock;
        this.nextPurge = new AtomicReference<>(clock.instant());
    }

    /**
     * Queues a turn and the place its answer goes; {@code eventId} is set for Events API deliveries.
     * Returns false when the queue is full, so the caller can ask Slack to try again later.
     */
    boolean answer(String eventId, Turn turn, ReplyTarget target) {
        return submit(eventId, target, () -> {
            BotResponse response = bot.handle(turn);
            target.deliver(blockKit.messages(response.replies()), api, home);
        });
    }

    /** Queues other work (publishing the Home tab) with the same redelivery check. */
    boolean run(String eventId, Work work) {
        return submit(eventId, null, work);
    }

    /** Queues a fixed answer that needs no turn, e.g. "that message has no text". */
    boolean tell(ReplyTarget target, String text) {
        return submit(null, target, () -> target.deliver(blockKit.messages(List.of(Reply.text(text))), api, home));
    }

    /** Events dropped as redeliveries of one already handled (for the load check). */
    long redeliveries() {
        return redeliveries.get();
    }

    private boolean submit(String eventId, ReplyTarget target, Work work) {
        try {
            executor.execute(() -> runOnce(eventId, target, work));
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("Slack work queue is full or shutting down; asking Slack to deliver again later");
            return false;
        }
    }

    private void runOnce(String eventId, ReplyTarget target, Work work) {
        try {
            if (eventId != null && !seen.firstDelivery(SEEN_NAMESPACE, eventId, REMEMBER_EVENTS)) {
                redeliveries.incrementAndGet();
                log.debug("Slack event {} was already handled; ignoring the redelivery", eventId);
                return;
            }
            purgeIfDue();
            work.run();
        } catch (SlackCallException e) {
            log.warn("{}", e.getMessage());
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Slack interaction failed (ref {})", ref, e);
            apologise(target, ref);
        }
    }

    private void apologise(ReplyTarget target, String ref) {
        if (target == null) {
            return;
        }
        try {
            target.deliver(blockKit.messages(List.of(Reply.text("Sorry, something went wrong on my side (ref " + ref
                    + "). Please try again in a moment."))), api, home);
        } catch (SlackCallException | RuntimeException e) {
            log.warn("could not tell the user about failure {}: {}", ref, e.getMessage());
        }
    }

    private void purgeIfDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        int removed = seen.purgeExpired();
        if (removed > 0) {
            log.debug("forgot {} expired Slack event ids", removed);
        }
    }
}
