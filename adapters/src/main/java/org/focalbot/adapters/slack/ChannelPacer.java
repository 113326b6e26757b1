package org.focalbot.adapters.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.focalbot.adapters.slack.web.Sleeper;

/**
 * Spaces proactive posts to one channel at least {@code interval} apart (Slack allows about one
 * message per second per channel); callers for different channels never wait for each other.
 */
final class ChannelPacer {

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> nextSlot = new HashMap<>();

    ChannelPacer(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until {@code channel} may receive the next message, reserving that slot. */
    void await(String channel) throws InterruptedException {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            nextSlot.values().removeIf(slot -> slot.isBefore(now));
            Instant slot = nextSlot.getOrDefault(channel, now);
            Instant start = slot.isAfter(now) ? slot : now;
            nextSlot.put(channel, start.plus(interval));
            wait = Duration.between(now, start);
        }
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }
}
