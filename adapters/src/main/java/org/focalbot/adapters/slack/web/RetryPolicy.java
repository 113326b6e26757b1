package org.focalbot.adapters.slack.web;

import java.time.Duration;

/**
 * How hard a Web API call tries: failed attempts (network errors, 5xx, Slack's transient errors)
 * are retried with doubling backoff up to {@code maxAttempts}; a 429 waits what Slack asks in
 * {@code Retry-After}, at most {@code maxRateLimitWaits} times and never longer than {@code maxRetryAfter}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, int maxRateLimitWaits, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), 3, Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxAttempts < 1 || maxRateLimitWaits < 0) {
            throw new IllegalArgumentException("maxAttempts must be ≥ 1 and maxRateLimitWaits ≥ 0");
        }
    }

    /** The wait before attempt {@code failedAttempts + 1}: first, twice that, four times, … */
    public Duration backoff(int failedAttempts) {
        return firstBackoff.multipliedBy(1L << Math.min(10, failedAttempts - 1));
    }
}
