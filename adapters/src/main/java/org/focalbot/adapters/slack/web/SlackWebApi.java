package org.focalbot.adapters.slack.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.focalbot.adapters.slack.SlackMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the adapter makes ({@code chat.postMessage}, {@code chat.update},
 * {@code views.publish}, {@code conversations.info}, {@code conversations.history}, posts to a
 * {@code response_url}), each retried per {@link RetryPolicy}:
 * a 429 waits for {@code Retry-After}, network errors, 5xx and Slack's transient errors back off
 * and retry a bounded number of times. Failures name the method and channel, never the token.
 *
 * <p>Plain HTTP ({@link HttpPost}) and Jackson rather than the Slack SDK's {@code MethodsClient}:
 * that one builds a new Gson (reflecting over Slack's large model classes) for every response,
 * which was most of the CPU the adapter spent per reply in the load check. Bolt keeps its own
 * client for {@code auth.test}.
 */
public final class SlackWebApi {

    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
    private static final Set<String> TRANSIENT_ERRORS = Set.of(
            "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited");
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json; charset=utf-8");

    private final String apiUrl;
    private final String authorization;
    private final ObjectMapper mapper;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    /** A client for the Web API at {@code apiUrl} (ending in "/"): Slack's, or a stand-in in tests. */
    public SlackWebApi(String apiUrl, String botToken, ObjectMapper mapper, RetryPolicy policy, Sleeper sleeper) {
        this.apiUrl = apiUrl;
        this.authorization = "Bearer " + botToken;
        this.mapper = mapper;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Posts a message (into a thread when {@code threadTs} is set) and returns its ts. */
    public String postMessage(String channel, String threadTs, SlackMessage message) throws SlackCallException {
        return postMessage(channel, threadTs, message, null);
    }

    /**
     * Posts a message carrying Slack message {@code metadata} ({@code {"event_type": …, "event_payload": {…}}}),
     * which {@link #history} returns with it, so the message can be recognised later; null for none.
     */
    public String postMessage(String channel, String threadTs, SlackMessage message, ObjectNode metadata)
            throws SlackCallException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", channel);
        if (threadTs != null) {
            form.put("thread_ts", threadTs);
        }
        form.put("text", message.text());
        form.put("blocks", message.blocksJson());
        form.put("unfurl_links", "false");
        form.put("unfurl_media", "false");
        if (metadata != null) {
            form.put("metadata", metadata.toString());
        }
        return call("chat.postMessage", channel, form).path("ts").asText();
    }

    /** {@code conversations.info}: the conversation object ({@code name}, {@code is_member}, {@code is_archived}, …). */
    public JsonNode conversationInfo(String channel) throws SlackCallException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", channel);
        return call("conversations.info", channel, form).path("channel");
    }

    /**
     * One page of {@code conversations.history}, newest first, of messages after {@code oldest} (a Slack
     * timestamp such as "1700000000.000000"), with their metadata; {@code cursor} null for the first page.
     * The whole answer is returned so callers can read {@code has_more} and the next cursor.
     */
    public JsonNode history(String channel, String oldest, String cursor, int limit) throws SlackCallException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", channel);
        form.put("oldest", oldest);
        form.put("limit", Integer.toString(limit));
        form.put("include_all_metadata", "true");
        if (cursor != null) {
            form.put("cursor", cursor);
        }
        return call("conversations.history", channel, form);
    }

    /** Replaces the content of a message the bot posted. */
    public void update(String channel, String ts, SlackMessage message) throws SlackCallException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", channel);
        form.put("ts", ts);
        form.put("text", message.text());
        form.put("blocks", message.blocksJson());
        call("chat.update", channel, form);
    }

    /** Publishes a user's Home tab. */
    public void publishHome(String userId, ObjectNode view) throws SlackCallException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user_id", userId);
        form.put("view", view.toString());
        call("views.publish", userId, form);
    }

    /** Answers through a {@code response_url}: ephemeral, optionally replacing the message that was clicked. */
    public void respond(String responseUrl, String channel, SlackMessage message, boolean replaceOriginal)
            throws SlackCallException {
        ObjectNode payload = mapper.createObjectNode()
                .put("response_type", "ephemeral")
                .put("replace_original", replaceOriginal)
                .put("text", message.text());
        payload.set("blocks", message.blocks());
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(responseUrl);
        retrying("response_url", channel, () -> {
            HttpPost.Response response = HttpPost.send(uri, JSON_HEADERS, body, CALL_TIMEOUT);
            int code = response.status();
            if (code >= 200 && code < 300) {
                return Outcome.ok(null);
            }
            if (code == 429) {
                return Outcome.rateLimited(retryAfter(response));
            }
            // 404 means the response_url expired or was used up: retrying cannot help.
            return Outcome.failed("HTTP " + code, code < 500);
        });
    }

    private JsonNode call(String method, String target, Map<String, String> form) throws SlackCallException {
        URI uri = URI.create(apiUrl + method);
        Map<String, String> headers = Map.of("Authorization", authorization,
                "Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        byte[] request = encode(form).getBytes(StandardCharsets.UTF_8);
        return retrying(method, target, () -> {
            HttpPost.Response response = HttpPost.send(uri, headers, request, CALL_TIMEOUT);
            int code = response.status();
            if (code == 429) {
                return Outcome.rateLimited(retryAfter(response));
            }
            JsonNode answer = parse(response.body());
            String error = answer.path("error").asText(null);
            if (code >= 300) {
                return Outcome.failed("HTTP " + code + (error == null ? "" : " " + error), code < 500);
            }
            if (answer.path("ok").asBoolean(false)) {
                return Outcome.ok(answer);
            }
            error = error == null ? "unknown_error" : error;
            return Outcome.failed(error, !TRANSIENT_ERRORS.contains(error));
        });
    }

    private <T> T retrying(String method, String target, Attempt<T> attempt) throws SlackCallException {
        int attempts = 0;
        int failures = 0;
        int rateLimitWaits = 0;
        while (true) {
            attempts++;
            Outcome<T> outcome;
            try {
                outcome = attempt.run();
            } catch (IOException e) {
                outcome = Outcome.failed("network error (" + e.getClass().getSimpleName() + ")", false);
            }
            if (outcome.ok()) {
                return outcome.value();
            }
            Duration wait;
            if (outcome.retryAfter() != null) {
                if (rateLimitWaits >= policy.maxRateLimitWaits() || outcome.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
                    throw new SlackCallException(method, target, "rate limited (Retry-After "
                            + outcome.retryAfter().toSeconds() + " s)", false, outcome.retryAfter(), attempts);
                }
                rateLimitWaits++;
                wait = outcome.retryAfter();
                log.info("Slack {} to {} was rate limited; retrying in {} s as Slack asked", method, target, wait.toSeconds());
            } else {
                failures++;
                if (outcome.permanent() || failures >= policy.maxAttempts()) {
                    throw new SlackCallException(method, target, outcome.error(), outcome.permanent(), null, attempts);
                }
                wait = policy.backoff(failures);
                log.info("Slack {} to {} failed ({}); retrying in {} ms", method, target, outcome.error(), wait.toMillis());
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlackCallException(method, target, "interrupted while waiting to retry", false, wait, attempts);
            }
        }
    }

    private JsonNode parse(String body) {
        try {
            return mapper.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            return mapper.createObjectNode();
        }
    }

    private static Duration retryAfter(HttpPost.Response response) {
        return retryAfter(response.header("Retry-After").orElse(null));
    }

    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static String encode(Map<String, String> form) {
        StringBuilder sb = new StringBuilder();
        form.forEach((name, value) -> {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    @FunctionalInterface
    private interface Attempt<T> {
        Outcome<T> run() throws IOException;
    }

    /** One attempt's result: a value, a rate limit with its wait, or an error. */
    private record Outcome<T>(boolean ok, T value, Duration retryAfter, String error, boolean permanent) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(true, value, null, null, false);
        }

        static <T> Outcome<T> rateLimited(Duration retryAfter) {
            return new Outcome<>(false, null, retryAfter, "rate limited", false);
        }

        static <T> Outcome<T> failed(String error, boolean permanent) {
            return new Outcome<>(false, null, null, error, permanent);
        }
    }
}
