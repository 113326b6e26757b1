package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for the Microsoft services the Teams adapter talks to: the OpenID metadata
 * document, the signing key set (with endorsements), the token endpoint and the Bot Connector
 * service, which records every call and can be told to fail the next ones.
 */
public final class FakeBotFramework implements AutoCloseable {

    /** One call the bot made to the connector service. */
    public record ConnectorCall(String method, String path, String authorization, JsonNode body) {
    }

    /** One token request: the decoded form fields. */
    public record TokenRequest(Map<String, String> form) {
    }

    private record Scripted(int status, String retryAfter) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, ObjectNode> keys = Collections.synchronizedMap(new LinkedHashMap<>());
    private final BlockingQueue<ConnectorCall> connectorCalls = new LinkedBlockingQueue<>();
    private final List<ConnectorCall> allConnectorCalls = Collections.synchronizedList(new ArrayList<>());
    private final List<TokenRequest> tokenRequests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Scripted> scripted = new ConcurrentLinkedQueue<>();
    private final AtomicInteger keyFetches = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger threads = new AtomicInteger();
    private volatile long tokenLifetimeSeconds = 3600;

    public FakeBotFramework() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/openid", this::metadata);
        server.createContext("/keys", this::keySet);
        server.createContext("/token", this::token);
        server.createContext("/v3/", this::connector);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI metadataUrl() {
        return URI.create(base() + "/openid");
    }

    public URI tokenUrl() {
        return URI.create(base() + "/token");
    }

    /** The serviceUrl activities name: this fake's connector, with the trailing slash Teams uses. */
    public String serviceUrl() {
        return base() + "/";
    }

    /** Publishes a signing key endorsed for the given channels. */
    public void publish(RSAKey key, Set<String> endorsements) {
        ObjectNode jwk = mapper.valueToTree(key.toPublicJWK().toJSONObject());
        ArrayNode e = jwk.putArray("endorsements");
        endorsements.forEach(e::add);
        keys.put(key.getKeyID(), jwk);
    }

    public int keyFetches() {
        return keyFetches.get();
    }

    public void tokenLifetime(Duration lifetime) {
        tokenLifetimeSeconds = lifetime.toSeconds();
    }

    public List<TokenRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** The next connector calls answer with these statuses, in order, before normal service resumes. */
    public void failNext(int status, String retryAfter) {
        scripted.add(new Scripted(status, retryAfter));
    }

    /** The next call the bot makes to the connector, waiting up to five seconds for it. */
    public ConnectorCall nextCall() throws InterruptedException {
        ConnectorCall call = connectorCalls.poll(5, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("the bot made no connector call within 5 s");
        }
        return call;
    }

    /** Calls received but not yet taken with {@link #nextCall()}. */
    public List<ConnectorCall> pendingCalls() {
        return List.copyOf(connectorCalls);
    }

    /** Every connector call so far, including failed attempts. */
    public List<ConnectorCall> allCalls() {
        return List.copyOf(allConnectorCalls);
    }

    private void metadata(HttpExchange ex) throws IOException {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("issuer", "https://api.botframework.com");
        doc.put("jwks_uri", base() + "/keys");
        doc.putArray("id_token_signing_alg_values_supported").add("RS256");
        respond(ex, 200, doc.toString(), null);
    }

    private void keySet(HttpExchange ex) throws IOException {
        keyFetches.incrementAndGet();
        ObjectNode set = mapper.createObjectNode();
        ArrayNode array = set.putArray("keys");
        synchronized (keys) {
            keys.values().forEach(array::add);
        }
        respond(ex, 200, set.toString(), null);
    }

    private void token(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        tokenRequests.add(new TokenRequest(form));
        ObjectNode token = mapper.createObjectNode();
        token.put("token_type", "Bearer");
        token.put("expires_in", tokenLifetimeSeconds);
        token.put("access_token", "bot-token-" + tokensIssued.incrementAndGet());
        respond(ex, 200, token.toString(), null);
    }

    private void connector(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode json = body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
        ConnectorCall call = new ConnectorCall(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                ex.getRequestHeaders().getFirst("Authorization"), json);
        allConnectorCalls.add(call);
        Scripted failure = scripted.poll();
        if (failure != null) {
            respond(ex, failure.status(), "{\"error\":{\"code\":\"Scripted\",\"message\":\"scripted failure\"}}",
                    failure.retryAfter());
            return;
        }
        connectorCalls.add(call);
        ObjectNode answer = mapper.createObjectNode();
        if (call.path().equals("/v3/conversations")) {
            int n = threads.incrementAndGet();
            answer.put("id", "19:channel@thread.tacv2;messageid=" + (1000 + n));
            answer.put("activityId", String.valueOf(1000 + n));
        } else {
            answer.put("id", "reply-" + allConnectorCalls.size());
        }
        respond(ex, 200, answer.toString(), null);
    }

    private static void respond(HttpExchange ex, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", retryAfter);
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
