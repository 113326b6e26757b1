package org.focalbot.adapters.teams.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The bot's own access token for the Bot Connector service, obtained with the OAuth client
 * credentials grant (scope {@code https://api.botframework.com/.default}) and reused until
 * shortly before it expires. The client secret is only ever sent to the configured token URL.
 */
public final class AccessTokens {

    public static final String SCOPE = "https://api.botframework.com/.default";
    /** Renew this long before expiry so a token never expires between fetch and use. */
    static final Duration EARLY_RENEWAL = Duration.ofMinutes(5);
    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);

    private record Cached(String value, Instant renewAt) {
    }

    private final RetryingHttp http;
    private final URI tokenUrl;
    private final String appId;
    private final String appPassword;
    private final ObjectMapper mapper;
    private final Clock clock;
    private Cached cached;

    public AccessTokens(HttpClient http, RetryPolicy policy, URI tokenUrl, String appId, String appPassword,
                        ObjectMapper mapper, Clock clock) {
        this.http = new RetryingHttp(http, policy);
        this.tokenUrl = tokenUrl;
        this.appId = appId;
        this.appPassword = appPassword;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A token valid for at least a few more minutes; fetched only when the cached one is due for renewal. */
    public synchronized String token() throws ConnectorException, InterruptedException {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.renewAt())) {
            cached = fetch(now);
        }
        return cached.value();
    }

    /** Forgets the cached token, after the connector refused it. */
    public synchronized void invalidate() {
        cached = null;
    }

    private Cached fetch(Instant now) throws ConnectorException, InterruptedException {
        String form = "grant_type=client_credentials"
                + "&client_id=" + enc(appId)
                + "&client_secret=" + enc(appPassword)
                + "&scope=" + enc(SCOPE);
        HttpResponse<String> response = http.send(() -> HttpRequest.newBuilder(tokenUrl)
                .timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), "the token request");
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            // Only the OAuth error code: the description can echo request details.
            String code = body == null ? "" : body.path("error").asText("");
            throw new ConnectorException(response.statusCode(), "the token endpoint refused the bot's credentials (HTTP "
                    + response.statusCode() + (code.isEmpty() ? "" : ", " + code) + ")",
                    http.policy().retryAfter(response).orElse(null));
        }
        String token = body == null ? "" : body.path("access_token").asText("");
        long expiresIn = body == null ? 0 : body.path("expires_in").asLong(0);
        if (token.isBlank() || expiresIn <= 0) {
            throw new ConnectorException(response.statusCode(), "the token endpoint answered without an access token", null);
        }
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin = lifetime.compareTo(EARLY_RENEWAL.multipliedBy(2)) > 0 ? EARLY_RENEWAL : lifetime.dividedBy(2);
        return new Cached(token, now.plus(lifetime).minus(margin));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
