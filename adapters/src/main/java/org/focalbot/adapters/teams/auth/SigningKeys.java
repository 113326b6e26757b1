package org.focalbot.adapters.teams.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Framework's token-signing keys, read from the OpenID metadata document's {@code jwks_uri}
 * and cached. The cache is refreshed when it is a day old or when a token names a key it does not
 * know, but never more than once a minute, so forged key ids cannot make the bot hammer the
 * metadata service.
 *
 * <p>The key set is read as plain JSON and each key parsed on its own, because Nimbus' JWK set
 * parser drops the non-standard {@code endorsements} member that says which channels a key may
 * sign for.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    public static final Duration MIN_REFRESH_INTERVAL = Duration.ofMinutes(1);
    public static final Duration MAX_AGE = Duration.ofHours(24);
    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

    /** No key set could be loaded at all: the bot cannot judge any token until the metadata service answers. */
    public static final class UnavailableException extends Exception {
        UnavailableException(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final URI metadataUrl;
    private final ObjectMapper mapper;
    private final Clock clock;

    private Map<String, SigningKey> keys = Map.of();
    private Instant loadedAt;
    private Instant lastAttempt;
    private String lastError = "not loaded yet";

    public SigningKeys(HttpClient http, URI metadataUrl, ObjectMapper mapper, Clock clock) {
        this.http = http;
        this.metadataUrl = metadataUrl;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The key with this id, refreshing the cache first when allowed and useful. */
    public synchronized Optional<SigningKey> find(String kid) throws UnavailableException {
        Instant now = clock.instant();
        boolean stale = loadedAt == null || !now.isBefore(loadedAt.plus(MAX_AGE));
        if ((stale || !keys.containsKey(kid)) && mayRefresh(now)) {
            refresh(now);
        }
        if (loadedAt == null) {
            throw new UnavailableException("the Bot Framework signing keys could not be loaded: " + lastError);
        }
        return Optional.ofNullable(keys.get(kid));
    }

    private boolean mayRefresh(Instant now) {
        return lastAttempt == null || !now.isBefore(lastAttempt.plus(MIN_REFRESH_INTERVAL));
    }

    private void refresh(Instant now) {
        lastAttempt = now;
        try {
            JsonNode metadata = getJson(metadataUrl);
            String jwksUri = metadata.path("jwks_uri").asText("");
            if (jwksUri.isBlank()) {
                throw new IOException("the OpenID metadata at " + metadataUrl + " has no jwks_uri");
            }
            URI jwks = metadataUrl.resolve(jwksUri);
            if ("https".equalsIgnoreCase(metadataUrl.getScheme()) && !"https".equalsIgnoreCase(jwks.getScheme())) {
                throw new IOException("the OpenID metadata names a key set that is not served over https: " + jwks);
            }
            Map<String, SigningKey> loaded = parseKeySet(getJson(jwks));
            keys = Map.copyOf(loaded);
            loadedAt = now;
            log.debug("loaded {} Bot Framework signing keys", loaded.size());
        } catch (IOException | IllegalArgumentException e) {
            lastError = e.getMessage();
            log.warn("could not refresh the Bot Framework signing keys ({}); keeping {} cached keys", e.getMessage(),
                    keys.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lastError = "interrupted";
        }
    }

    /** RSA signing keys by id, each with the endorsements read from its own JSON object. */
    static Map<String, SigningKey> parseKeySet(JsonNode set) throws IOException {
        JsonNode array = set.path("keys");
        if (!array.isArray()) {
            throw new IOException("the key set has no \"keys\" array");
        }
        Map<String, SigningKey> out = new HashMap<>();
        for (JsonNode node : array) {
            Optional<SigningKey> key = parseKey(node);
            key.ifPresent(k -> out.put(k.kid(), k));
        }
        return out;
    }

    private static Optional<SigningKey> parseKey(JsonNode node) {
        JWK jwk;
        try {
            jwk = JWK.parse(node.toString());
        } catch (java.text.ParseException e) {
            log.debug("skipping an unreadable key in the Bot Framework key set: {}", e.getMessage());
            return Optional.empty();
        }
        if (!(jwk instanceof RSAKey rsa) || rsa.getKeyID() == null
                || (rsa.getKeyUse() != null && !KeyUse.SIGNATURE.equals(rsa.getKeyUse()))) {
            return Optional.empty();
        }
        Set<String> endorsements = new HashSet<>();
        for (JsonNode e : node.path("endorsements")) {
            if (e.isTextual()) {
                endorsements.add(e.asText());
            }
        }
        return Optional.of(new SigningKey(rsa, endorsements));
    }

    private JsonNode getJson(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode());
        }
        return mapper.readTree(response.body());
    }
}
