package org.focalbot.adapters.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real application on a free port: the public HTTP contract and its error answers. */
class ApplicationTest {

    @TempDir
    Path dataDir;

    private final ObjectMapper mapper = Json.newMapper();
    private Application app;
    private TestHttp http;

    @BeforeEach
    void start() {
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString())), Clock.systemUTC());
        http = new TestHttp(app.port());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void healthSaysUpOnceReady() throws Exception {
        HttpResponse<String> r = http.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("UP", json(r).path("status").asText());
    }

    @Test
    void chatAnswersWithIntentConfidenceAndReplies() throws Exception {
        HttpResponse<String> r = http.post("/api/chat", "{\"user\":\"u1\",\"conversation\":\"c1\",\"text\":\"hello\"}");
        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        assertEquals("greet", body.path("intent").asText());
        assertTrue(body.path("confidence").isNumber());
        JsonNode reply = body.path("replies").get(0);
        assertTrue(reply.path("text").asText().startsWith("Hello"));
        assertEquals("help:ask", reply.path("actions").get(0).path("id").asText());
        assertEquals("Ask a question", reply.path("actions").get(0).path("label").asText());
    }

    @Test
    void aButtonClickIsSentAsAnAction() throws Exception {
        HttpResponse<String> r = http.post("/api/chat", "{\"user\":\"u1\",\"conversation\":\"c1\",\"action\":\"help:digest\"}");
        assertEquals(200, r.statusCode());
        assertEquals("help", json(r).path("intent").asText());
    }

    @Test
    void malformedJsonIsA400WithAJsonError() throws Exception {
        assertError(http.post("/api/chat", "{nope"), 400, "not valid JSON");
    }

    @Test
    void wrongTypesAreNamedInThe400() throws Exception {
        assertError(http.post("/api/chat", "{\"user\":1,\"conversation\":[],\"text\":{}}"), 400, "\"user\" must be a string");
        assertError(http.post("/api/chat", "[1,2]"), 400, "must be a JSON object");
    }

    @Test
    void missingOrConflictingFieldsAreExplained() throws Exception {
        assertError(http.post("/api/chat", "{\"conversation\":\"c\",\"text\":\"hi\"}"), 400, "\"user\" is required");
        assertError(http.post("/api/chat", "{\"user\":\"u\",\"conversation\":\"c\"}"), 400, "\"text\" (a message) or \"action\"");
        assertError(http.post("/api/chat", "{\"user\":\"u\",\"conversation\":\"c\",\"text\":\"a\",\"action\":\"b\"}"), 400, "not both");
        assertError(http.post("/api/chat", "{\"user\":\"u\",\"conversation\":\"c\",\"text\":\"   \"}"), 400, "\"text\" (a message)");
        assertError(http.post("/api/chat", "{\"user\":\"u\",\"conversation\":\"c\",\"text\":\"" + "y".repeat(10_001) + "\"}"),
                400, "at most 10000 characters");
    }

    @Test
    void bodiesOver64KiBAreRefusedWith413() throws Exception {
        String big = "{\"user\":\"u\",\"conversation\":\"c\",\"text\":\"" + "x".repeat(70_000) + "\"}";
        assertError(http.post("/api/chat", big), 413, "too large");
    }

    @Test
    void unknownRoutesAre404WithAJsonError() throws Exception {
        assertError(http.get("/api/nothing-here"), 404, "no such endpoint: GET /api/nothing-here");
    }

    @Test
    void theWebChatPageIsServedWithAStrictContentSecurityPolicy() {
        HttpResponse<String> r = http.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<label for=\"message\""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(200, http.get("/chat.js").statusCode());
    }

    @Test
    void metricsCountRequestsPerRouteTemplate() {
        http.post("/api/chat", "{\"user\":\"u1\",\"conversation\":\"c1\",\"text\":\"hello\"}");
        http.get("/no/such/path/123");
        HttpResponse<String> r = http.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(r.body().contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/chat\",status=\"200\"} 1"),
                r.body());
        assertFalse(r.body().contains("/no/such/path"), "raw unknown paths never become metric labels");
    }

    @Test
    void aSecondInstanceOnTheSameDataDirFailsFast() {
        StoreException e = assertThrows(StoreException.class, () -> Application.start(
                new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString())), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("already in use"), e.getMessage());
    }

    @Test
    void aValueWrittenBeforeARestartIsReadAfterIt() {
        app.store().put("restart-check", "k", "{\"written\":\"before\"}");
        app.close();
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString())), Clock.systemUTC());
        http = new TestHttp(app.port());
        assertEquals("{\"written\":\"before\"}", app.store().get("restart-check", "k").orElseThrow());
        assertEquals(200, http.get("/health").statusCode());
    }

    private void assertError(HttpResponse<String> r, int status, String fragment) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        String error = json(r).path("error").asText();
        assertTrue(error.contains(fragment), "error was: " + error);
        assertFalse(r.body().contains("Exception"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        return mapper.readTree(r.body());
    }
}
