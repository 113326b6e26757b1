package org.focalbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.focalbot.bot.nlu.Intents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRoutesTest {

    @TempDir
    static Path dataDir;
    private static Application app;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString())), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void parseAnswersInRasasShapeWithTheChosenIntentFirstInTheRanking() throws Exception {
        HttpResponse<String> response = post("/model/parse", "{\"text\": \"subscribe this channel to the weekly digest\"}");

        assertEquals(200, response.statusCode());
        JsonNode body = json.readTree(response.body());
        assertEquals(Set.of("text", "intent", "intent_ranking"), fieldsOf(body));
        assertEquals("subscribe this channel to the weekly digest", body.get("text").asText());
        assertEquals(Intents.DIGEST, body.get("intent").get("name").asText());
        double confidence = body.get("intent").get("confidence").asDouble();
        assertTrue(confidence > 0 && confidence <= 1, "confidence " + confidence);
        JsonNode ranking = body.get("intent_ranking");
        assertEquals(Intents.ALL.size(), ranking.size());
        assertEquals(body.get("intent"), ranking.get(0));
        Set<String> names = new HashSet<>();
        ranking.forEach(r -> names.add(r.get("name").asText()));
        assertEquals(new HashSet<>(Intents.ALL), names);
    }

    @Test
    void parseRecognisesOutOfScopeMessages() throws Exception {
        JsonNode body = json.readTree(post("/model/parse", "{\"text\": \"will it snow in Geneva tomorrow?\"}").body());
        assertEquals(Intents.OUT_OF_SCOPE, body.get("intent").get("name").asText());
    }

    @Test
    void badRequestsGetAFourHundredWithAnErrorMessage() throws Exception {
        for (String bad : List.of("", "not json", "[1, 2]", "{}", "{\"text\": 42}", "{\"text\": \"   \"}",
                "{\"text\": \"" + "a".repeat(ModelRoutes.MAX_TEXT + 1) + "\"}")) {
            HttpResponse<String> response = post("/model/parse", bad);
            assertEquals(400, response.statusCode(), "body " + bad.substring(0, Math.min(20, bad.length())));
            assertTrue(json.readTree(response.body()).get("error").asText().length() > 5);
        }
    }

    @Test
    void aFirstStartUsesTheModelShippedInTheApplicationAndTrainsNothing() throws Exception {
        // Training writes its model under DATA_DIR/nlu; the shipped model fits the bundled data, so nothing is there.
        Path nlu = dataDir.resolve("nlu");
        if (Files.isDirectory(nlu)) {
            try (Stream<Path> files = Files.list(nlu)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".model")).toList());
            }
        }
    }

    private static Set<String> fieldsOf(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
