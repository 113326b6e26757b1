package org.focalbot.adapters.teams.connector;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before sending a Bot Connector request again: throttling (429),
 * precondition races (412) and gateway failures (502, 504) are retried with exponential backoff
 * and jitter, a bounded number of times; a {@code Retry-After} from the service wins over the
 * computed delay, unless it asks for longer than we are prepared to hold a reply.
 *
 * @param maxAttempts   total attempts, the first one included
 * @param baseDelay     the delay before the second attempt, doubled for each further one
 * @param maxDelay      the longest computed delay
 * @param maxRetryAfter the longest {@code Retry-After} honoured in place; longer asks end the retries
 * @param jitter        a source of numbers in [0, 1)
 * @param sleeper       how to wait
 * @param clock         for {@code Retry-After} given as an HTTP date
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
                          DoubleSupplier jitter, Sleeper sleeper, Clock clock) {

    public static final Set<Integer> RETRYABLE = Set.of(429, 412, 502, 504);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Four attempts, 0.5 s doubling up to 8 s, Retry-After honoured up to 30 s. */
    public static RetryPolicy standard(Clock clock) {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble(), Sleeper.real(), clock);
    }

    public boolean retryable(int status) {
        return RETRYABLE.contains(status);
    }

    /**
     * The delay after failed attempt number {@code attempt} (1-based): half the exponential delay
     * plus a random share of the other half, so many clients throttled together do not retry in step.
     */
    public Duration backoff(int attempt) {
        long exp = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exp, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (jitter.getAsDouble() * (capped - half)));
    }

    /** The service's {@code Retry-After}, in seconds or as an HTTP date, if it sent a readable one. */
    public Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get().strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    public void sleep(Duration d) throws InterruptedException {
        if (!d.isZero()) {
            sleeper.sleep(d);
        }
    }
}
