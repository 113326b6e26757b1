package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SeenEventsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final SeenEvents seen = new SeenEvents(new InMemoryDocumentStore(), Json.newMapper(), clock);

    @Test
    void aRetryOfTheSameDeliveryIsRecognised() {
        assertTrue(seen.firstDelivery("slack", "Ev1", Duration.ofHours(1)));
        assertFalse(seen.firstDelivery("slack", "Ev1", Duration.ofHours(1)));
        assertTrue(seen.firstDelivery("slack", "Ev2", Duration.ofHours(1)));
        assertTrue(seen.firstDelivery("teams", "Ev1", Duration.ofHours(1)), "namespaces are separate");
    }

    @Test
    void deliveriesAreForgottenAfterTheirMemoryExpires() {
        seen.firstDelivery("slack", "Ev1", Duration.ofMinutes(10));
        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertEquals(1, seen.purgeExpired());
        assertTrue(seen.firstDelivery("slack", "Ev1", Duration.ofMinutes(10)));
    }
}
