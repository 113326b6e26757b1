package org.focalbot.adapters.teams.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The three Bot Connector REST calls the assistant makes, against the {@code serviceUrl} an
 * authenticated activity named: reply to an activity, post into a conversation, and start a
 * conversation (a new thread in a Teams channel). Requests carry the bot's access token when the
 * bot has credentials (the Emulator runs without).
 */
public final class ConnectorClient {

    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);

    private final RetryingHttp http;
    private final Optional<AccessTokens> tokens;
    private final ObjectMapper mapper;

    public ConnectorClient(HttpClient http, RetryPolicy policy, Optional<AccessTokens> tokens, ObjectMapper mapper) {
        this.http = new RetryingHttp(http, policy);
        this.tokens = tokens;
        this.mapper = mapper;
    }

    /** {@code POST {serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}}: a reply in the activity's thread. */
    public JsonNode replyToActivity(String serviceUrl, String conversationId, String activityId, ObjectNode activity)
            throws ConnectorException, InterruptedException {
        return post(endpoint(serviceUrl, "v3/conversations/" + segment(conversationId) + "/activities/"
                + segment(activityId)), activity, "replying in conversation " + conversationId);
    }

    /** {@code POST {serviceUrl}/v3/conversations/{conversationId}/activities}: a message into a conversation. */
    public JsonNode sendToConversation(String serviceUrl, String conversationId, ObjectNode activity)
            throws ConnectorException, InterruptedException {
        return post(endpoint(serviceUrl, "v3/conversations/" + segment(conversationId) + "/activities"), activity,
                "posting to conversation " + conversationId);
    }

    /** {@code POST {serviceUrl}/v3/conversations}: starts a conversation; answers {@code {"id": …, "activityId": …}}. */
    public JsonNode createConversation(String serviceUrl, ObjectNode parameters)
            throws ConnectorException, InterruptedException {
        return post(endpoint(serviceUrl, "v3/conversations"), parameters, "starting a conversation");
    }

    private JsonNode post(URI uri, ObjectNode body, String what) throws ConnectorException, InterruptedException {
        String json = body.toString();
        boolean renewed = false;
        while (true) {
            HttpResponse<String> response = http.send(() -> {
                HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                        .timeout(HTTP_TIMEOUT)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
                if (tokens.isPresent()) {
                    b.header("Authorization", "Bearer " + tokens.get().token());
                }
                return b.build();
            }, what);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parse(response.body());
            }
            if (status == 401 && tokens.isPresent() && !renewed) {
                // The cached token may have been revoked early: fetch a fresh one once.
                tokens.get().invalidate();
                renewed = true;
                continue;
            }
            throw new ConnectorException(status, what + " failed with HTTP " + status,
                    http.policy().retryAfter(response).orElse(null));
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }

    /** The service URL as the base of a call; anything but an absolute http(s) URL is refused outright. */
    static URI endpoint(String serviceUrl, String path) throws ConnectorException {
        URI base;
        try {
            base = URI.create(serviceUrl);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(400, "the serviceUrl is not a URL", null);
        }
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (base.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConnectorException(400, "the serviceUrl is not an absolute http(s) URL", null);
        }
        String s = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
        return URI.create(s + path);
    }

    /** Percent-encodes one path segment (conversation ids carry ':', ';', '@' and '=' in Teams). */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
