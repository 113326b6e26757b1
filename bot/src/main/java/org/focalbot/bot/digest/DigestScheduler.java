package org.focalbot.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.delivery.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each subscription's digest once per week. Each {@link #tick()} looks only at the most
 * recent scheduled slot of every subscription, so a server that was down across several slots
 * sends one digest when it is back, not one per missed week. The ledger's claim makes the send
 * exactly-once across restarts and across several schedulers on one store.
 */
public final class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    /** Waits before retrying a transient failure, by attempt number; past the last one the period is given up. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3));
    /** A digest covers the seven days before its slot. */
    public static final Duration WINDOW = Duration.ofDays(7);

    /** What one tick did, for logs, metrics and tests. */
    public record TickReport(int sent, int skipped, int retrying, int failed, int recovered) {
        public int total() {
            return sent + skipped + retrying + failed;
        }
    }

    private final Subscriptions subscriptions;
    private final DeliveryLedger ledger;
    private final DigestComposer composer;
    private final DigestChannels channels;
    private final Clock clock;
    private final String owner;
    private final Duration lease;

    public DigestScheduler(Subscriptions subscriptions, DeliveryLedger ledger, DigestComposer composer,
                           DigestChannels channels, Clock clock, String owner, Duration lease) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.composer = composer;
        this.channels = channels;
        this.clock = clock;
        this.owner = owner;
        this.lease = lease;
    }

    /** The marker a digest message carries: one per subscription and period. */
    public static String marker(Subscription s, String period) {
        return "focal-digest:" + s.id() + ":" + period;
    }

    /**
     * Called once at start-up by the process that holds the data directory: claims left behind by a
     * crashed process are released now instead of when their lease runs out.
     */
    public int recoverAbandonedClaims() {
        int n = ledger.expireClaimsNotOwnedBy(owner, clock.instant());
        if (n > 0) {
            log.info("digest: {} delivery claim(s) left by a previous run will be resolved now", n);
        }
        return n;
    }

    public TickReport tick() {
        int sent = 0;
        int skipped = 0;
        int retrying = 0;
        int failed = 0;
        int recovered = 0;
        for (Subscription s : subscriptions.all()) {
            if (!s.active()) {
                continue;
            }
            Instant now = clock.instant();
            Instant due = s.schedule().lastDueAtOrBefore(now);
            if (due.isBefore(s.createdAt())) {
                continue; // subscribed after this week's slot: the first digest is next week's
            }
            String period = s.schedule().periodOf(due);
            Optional<DeliveryLedger.Claim> claim = ledger.claim(s.workspace(), s.id(), period, owner, now, lease);
            if (claim.isEmpty()) {
                continue;
            }
            switch (deliver(s, period, due, claim.get())) {
                case SENT -> sent++;
                case SKIPPED -> skipped++;
                case RETRY -> retrying++;
                case FAILED -> failed++;
                case RECOVERED -> recovered++;
            }
        }
        return new TickReport(sent, skipped, retrying, failed, recovered);
    }

    private enum Outcome { SENT, SKIPPED, RETRY, FAILED, RECOVERED }

    private Outcome deliver(Subscription s, String period, Instant due, DeliveryLedger.Claim claim) {
        Delivery d = claim.delivery();
        DigestChannel channel = channels.of(s.address().platform()).orElse(null);
        if (channel == null) {
            markSubscriptionFailed(s, s.address().platform().id() + " is not configured on this server");
            ledger.finish(d, Delivery.State.FAILED, clock.instant(), "platform not configured", null);
            return Outcome.FAILED;
        }
        String marker = marker(s, period);
        if (claim.takenOver()
                && channel.alreadyDelivered(s.address(), marker, claim.previousClaimAt()).orElse(false)) {
            ledger.finish(d, Delivery.State.SENT, clock.instant(), null, null);
            log.info("digest {} for {} was already delivered before a restart; not sending again", period, s.id());
            return Outcome.RECOVERED;
        }
        Digest digest = composer.compose(s.workspace(), s.partnershipIds(), due.minus(WINDOW), due,
                s.schedule().zone());
        if (digest.quiet() && s.skipQuietWeeks()) {
            ledger.finish(d, Delivery.State.SKIPPED, clock.instant(), null, null);
            return Outcome.SKIPPED;
        }
        try {
            channel.deliver(s.address(), digest, marker);
            ledger.finish(d, Delivery.State.SENT, clock.instant(), null, null);
            return Outcome.SENT;
        } catch (DeliveryException e) {
            if (e.permanent()) {
                markSubscriptionFailed(s, e.getMessage());
                ledger.finish(d, Delivery.State.FAILED, clock.instant(), e.getMessage(), null);
                log.warn("digest for {} on {} failed permanently: {}", s.id(), s.address().platform().id(), e.getMessage());
                return Outcome.FAILED;
            }
            if (d.attempts() > RETRY_DELAYS.size()) {
                ledger.finish(d, Delivery.State.FAILED, clock.instant(), e.getMessage(), null);
                log.warn("digest {} for {} given up after {} attempts: {}", period, s.id(), d.attempts(), e.getMessage());
                return Outcome.FAILED;
            }
            Duration wait = RETRY_DELAYS.get(d.attempts() - 1);
            if (e.retryAfter().isPresent() && e.retryAfter().get().compareTo(wait) > 0) {
                wait = e.retryAfter().get();
            }
            ledger.finish(d, Delivery.State.RETRY, clock.instant(), e.getMessage(), clock.instant().plus(wait));
            log.info("digest {} for {} will be retried in {}: {}", period, s.id(), wait, e.getMessage());
            return Outcome.RETRY;
        }
    }

    private void markSubscriptionFailed(Subscription s, String reason) {
        subscriptions.markFailed(s.workspace(), s.id(), reason, clock.instant());
    }
}
