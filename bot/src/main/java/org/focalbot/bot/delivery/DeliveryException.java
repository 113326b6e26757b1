package org.focalbot.bot.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * A proactive message could not be delivered. {@code permanent} failures (the bot was removed
 * from the channel) must not be retried; transient ones may say how long to wait.
 */
public class DeliveryException extends Exception {

    private final boolean permanent;
    private final Duration retryAfter;

    public DeliveryException(String message, boolean permanent, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException permanent(String message) {
        return new DeliveryException(message, true, null, null);
    }

    public static DeliveryException transientFailure(String message, Duration retryAfter) {
        return new DeliveryException(message, false, retryAfter, null);
    }

    public boolean permanent() {
        return permanent;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
