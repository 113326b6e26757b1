package org.focalbot.adapters.teams.connector;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Sends a request, retrying network failures and retryable statuses as the {@link RetryPolicy} says. */
final class RetryingHttp {

    /** Builds the request afresh for each attempt (a retried call may carry a renewed token). */
    @FunctionalInterface
    interface RequestFactory {
        HttpRequest build() throws ConnectorException, InterruptedException;
    }

    private final HttpClient http;
    private final RetryPolicy policy;

    RetryingHttp(HttpClient http, RetryPolicy policy) {
        this.http = http;
        this.policy = policy;
    }

    /**
     * The first answer that is not worth retrying, or the last one once the attempts are used up
     * or the service asks us to wait longer than the policy allows.
     */
    HttpResponse<String> send(RequestFactory request, String what) throws ConnectorException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= policy.maxAttempts()) {
                    throw new ConnectorException(0, what + " failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), null);
                }
                policy.sleep(policy.backoff(attempt));
                continue;
            }
            if (!policy.retryable(response.statusCode()) || attempt >= policy.maxAttempts()) {
                return response;
            }
            Optional<Duration> asked = policy.retryAfter(response);
            if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                return response;
            }
            policy.sleep(asked.isPresent() ? asked.get() : policy.backoff(attempt));
        }
    }

    RetryPolicy policy() {
        return policy;
    }
}
