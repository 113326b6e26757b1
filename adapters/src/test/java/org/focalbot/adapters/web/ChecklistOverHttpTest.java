package org.focalbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist from the web chat's point of view: POST /api/chat on a real server, stopped and started again. */
class ChecklistOverHttpTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void aPausedChecklistResumesAtTheSameItemAfterTheServerRestarts() throws Exception {
        Env env = new Env(Map.of("PORT", "0", "HOST", "127.0.0.1", "DATA_DIR", dataDir.toString()));
        String thirdPrompt;
        try (Application app = Application.start(env, Clock.systemUTC())) {
            JsonNode offer = chat(app, "text", "let's do the initiating checklist for the Water Alliance");
            assertEquals("start_checklist", offer.path("intent").asText());
            chat(app, "action", offer.at("/replies/0/actions/0/id").asText());
            JsonNode second = chat(app, "action", lastReply(chat(app, "text", "why?")).at("/actions/0/id").asText());
            assertEquals(2, lastReply(second).at("/progress/done").asInt());
            JsonNode third = chat(app, "text", "done — the mayor confirmed the scope");
            thirdPrompt = lastReply(third).path("text").asText();
            assertEquals("Issues and context", lastReply(third).at("/progress/label").asText());
            JsonNode paused = chat(app, "action", "checklist:pause");
            assertTrue(lastReply(paused).path("text").asText().contains("at item 3 of 28"), paused.toString());
        }
        try (Application restarted = Application.start(env, Clock.systemUTC())) {
            JsonNode resumed = chat(restarted, "text", "continue");
            assertEquals("Picking up where we left off.\n\n" + thirdPrompt.substring(thirdPrompt.lastIndexOf("\n\n") + 2),
                    lastReply(resumed).path("text").asText());
            assertEquals(3, lastReply(resumed).at("/progress/done").asInt());
            assertEquals(28, lastReply(resumed).at("/progress/total").asInt());
        }
    }

    private JsonNode chat(Application app, String kind, String value) throws Exception {
        String body = mapper.writeValueAsString(Map.of("user", "u1", "conversation", "c1", "userName", "Ana", kind, value));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return mapper.readTree(response.body());
    }

    private static JsonNode lastReply(JsonNode response) {
        JsonNode replies = response.path("replies");
        return replies.get(replies.size() - 1);
    }
}
