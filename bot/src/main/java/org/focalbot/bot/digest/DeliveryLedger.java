package org.focalbot.bot.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/** Persisted claims and outcomes of digest deliveries; every state change is one atomic store write. */
public final class DeliveryLedger {

    /** A claim this scheduler now holds; {@code takenOver} when it replaced an abandoned one. */
    public record Claim(Delivery delivery, boolean takenOver, Instant previousClaimAt) {
    }

    public static final String COLLECTION = "digest-deliveries";

    private final DocumentStore store;
    private final JsonCollection<Delivery> deliveries;

    public DeliveryLedger(DocumentStore store, ObjectMapper mapper) {
        this.store = store;
        this.deliveries = new JsonCollection<>(store, COLLECTION, Delivery.class, mapper);
    }

    private static String key(String workspace, String subscriptionId, String period) {
        return Keys.of(workspace, subscriptionId, period);
    }

    public Optional<Delivery> get(String workspace, String subscriptionId, String period) {
        return deliveries.get(key(workspace, subscriptionId, period));
    }

    public List<Delivery> forSubscription(String workspace, String subscriptionId) {
        return deliveries.scan(Keys.prefix(workspace, subscriptionId));
    }

    /** Claims the period for {@code owner} unless it is finished, held by a live claim, or waiting to retry. */
    public Optional<Claim> claim(String workspace, String subscriptionId, String period, String owner, Instant now,
                                 Duration lease) {
        String k = key(workspace, subscriptionId, period);
        return store.write(tx -> {
            Optional<Delivery> existing = deliveries.get(tx, k);
            if (existing.isEmpty()) {
                Delivery d = new Delivery(workspace, subscriptionId, period, Delivery.State.CLAIMED, owner, now,
                        now.plus(lease), 1, null, null, null);
                deliveries.put(tx, k, d);
                return Optional.of(new Claim(d, false, null));
            }
            Delivery d = existing.get();
            boolean claimable = switch (d.state()) {
                case SENT, SKIPPED, FAILED -> false;
                case RETRY -> !now.isBefore(d.retryAt());
                case CLAIMED -> !d.leaseUntil().isAfter(now);
            };
            if (!claimable) {
                return Optional.empty();
            }
            Delivery taken = d.with(Delivery.State.CLAIMED, owner, now, now.plus(lease), d.attempts() + 1, null,
                    d.lastError(), null);
            deliveries.put(tx, k, taken);
            return Optional.of(new Claim(taken, d.state() == Delivery.State.CLAIMED, d.claimedAt()));
        });
    }

    /** Records the outcome of a claim this owner holds; a claim taken over meanwhile is left alone. */
    public boolean finish(Delivery claimed, Delivery.State outcome, Instant now, String error, Instant retryAt) {
        String k = key(claimed.workspace(), claimed.subscriptionId(), claimed.period());
        return store.write(tx -> {
            Optional<Delivery> current = deliveries.get(tx, k);
            if (current.isEmpty() || current.get().state() != Delivery.State.CLAIMED
                    || !current.get().owner().equals(claimed.owner())) {
                return false;
            }
            Delivery c = current.get();
            deliveries.put(tx, k, c.with(outcome, c.owner(), c.claimedAt(), null, c.attempts(), retryAt, error,
                    outcome == Delivery.State.RETRY ? null : now));
            return true;
        });
    }

    /**
     * After a restart, claims left by other (now dead) owners are expired at once so the next tick
     * resolves them; only valid while this process holds the data directory exclusively.
     */
    public int expireClaimsNotOwnedBy(String owner, Instant now) {
        return store.write(tx -> {
            int expired = 0;
            for (Delivery d : deliveries.scan(tx, "")) {
                if (d.state() == Delivery.State.CLAIMED && !d.owner().equals(owner) && d.leaseUntil().isAfter(now)) {
                    deliveries.put(tx, key(d.workspace(), d.subscriptionId(), d.period()),
                            d.with(Delivery.State.CLAIMED, d.owner(), d.claimedAt(), now, d.attempts(), null,
                                    d.lastError(), null));
                    expired++;
                }
            }
            return expired;
        });
    }

    public int deleteWorkspace(String workspace) {
        return store.write(tx -> {
            List<java.util.Map.Entry<String, String>> all = tx.scan(deliveries.name(), Keys.prefix(workspace));
            all.forEach(e -> tx.delete(deliveries.name(), e.getKey()));
            return all.size();
        });
    }
}
