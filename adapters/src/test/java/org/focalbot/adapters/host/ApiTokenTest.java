package org.focalbot.adapters.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With FOCAL_API_TOKEN set, the JSON API needs the bearer token; health, metrics and the page stay open. */
class ApiTokenTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final String CHAT = "{\"user\":\"u1\",\"conversation\":\"c1\",\"text\":\"hello\"}";

    @TempDir
    Path dataDir;
    private Application app;
    private TestHttp http;

    @BeforeEach
    void start() {
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString(), "FOCAL_API_TOKEN", TOKEN)),
                Clock.systemUTC());
        http = new TestHttp(app.port());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theApiRefusesRequestsWithoutTheToken() {
        HttpResponse<String> r = http.post("/api/chat", CHAT);
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Authorization: Bearer"));
        assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, http.post("/model/parse", "{\"text\":\"hi\"}").statusCode());
    }

    @Test
    void theApiRefusesAWrongToken() {
        HttpResponse<String> r = http.post("/api/chat", CHAT, Map.of("Authorization", "Bearer nope"));
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("not valid"));
    }

    @Test
    void theApiAnswersWithTheToken() {
        assertEquals(200, http.post("/api/chat", CHAT, Map.of("Authorization", "Bearer " + TOKEN)).statusCode());
    }

    @Test
    void healthMetricsAndThePageNeedNoToken() {
        assertEquals(200, http.get("/health").statusCode());
        assertEquals(200, http.get("/metrics").statusCode());
        assertEquals(200, http.get("/").statusCode());
    }

    @Test
    void teamsWebhookAuthenticatesItselfSoTheApiTokenIsNotAskedFor() {
        HttpResponse<String> r = http.post("/api/messages", "{}");
        assertFalse(r.body().contains("FOCAL_API_TOKEN"), r.body());
    }
}
