package org.focalbot.adapters.slack.web;

import java.time.Duration;
import java.util.Optional;

/**
 * A Web API call that gave up: names the method, the channel (or user, or "response_url") and
 * Slack's error code; never the token. {@code permanent} errors will not go away by retrying.
 */
public final class SlackCallException extends Exception {

    private final String method;
    private final String target;
    private final String error;
    private final boolean permanent;
    private final Duration retryAfter;

    public SlackCallException(String method, String target, String error, boolean permanent, Duration retryAfter,
                              int attempts) {
        super("Slack " + method + " to " + target + " failed after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + ": " + error);
        this.method = method;
        this.target = target;
        this.error = error;
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    public String method() {
        return method;
    }

    public String target() {
        return target;
    }

    /** Slack's error code ("channel_not_found") or a short description ("HTTP 503"). */
    public String error() {
        return error;
    }

    public boolean permanent() {
        return permanent;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
