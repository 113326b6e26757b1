package org.focalbot.bot.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Remembers platform delivery ids (Slack event ids, Teams activity ids) for a while, durably, so
 * a retry — even one that arrives after a restart — is recognised and not processed twice.
 */
public final class SeenEvents {

    /** A remembered delivery. */
    public record Seen(Instant firstSeen, Instant expiresAt) {
    }

    private final JsonCollection<Seen> seen;
    private final DocumentStore store;
    private final Clock clock;

    public SeenEvents(DocumentStore store, ObjectMapper mapper, Clock clock) {
        this.store = store;
        this.seen = new JsonCollection<>(store, "seen-events", Seen.class, mapper);
        this.clock = clock;
    }

    /**
     * Records {@code id} in {@code namespace} and says whether this is its first delivery within
     * {@code ttl}; atomic, so two concurrent deliveries of one id get one {@code true}.
     */
    public boolean firstDelivery(String namespace, String id, Duration ttl) {
        String key = Keys.of(namespace, id);
        Instant now = clock.instant();
        return store.write(tx -> {
            var existing = seen.get(tx, key);
            if (existing.isPresent() && existing.get().expiresAt().isAfter(now)) {
                return false;
            }
            seen.put(tx, key, new Seen(now, now.plus(ttl)));
            return true;
        });
    }

    /** Forgets deliveries whose memory has expired; returns how many were removed. */
    public int purgeExpired() {
        Instant now = clock.instant();
        return store.write(tx -> {
            int removed = 0;
            for (Map.Entry<String, String> e : tx.scan(seen.name(), "")) {
                if (!seen.decode(e.getKey(), e.getValue()).expiresAt().isAfter(now)) {
                    tx.delete(seen.name(), e.getKey());
                    removed++;
                }
            }
            return removed;
        });
    }
}
