package org.focalbot.adapters.teams.connector;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to the Bot Connector service or the token endpoint failed after any retries. The status
 * is the last HTTP status (0 when no answer came back at all).
 */
public final class ConnectorException extends Exception {

    private final int status;
    private final Duration retryAfter;

    public ConnectorException(int status, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** How long the service asked us to wait, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * True when sending the same thing again cannot succeed: the request itself was refused (bad
     * request, bot removed from the conversation, conversation gone). Throttling, timeouts, server
     * errors and our own credentials being refused are worth another try later.
     */
    public boolean permanent() {
        return status >= 400 && status < 500 && status != 401 && status != 408 && status != 412 && status != 429;
    }
}
