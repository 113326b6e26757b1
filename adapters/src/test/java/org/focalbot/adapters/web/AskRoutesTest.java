package org.focalbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.ConfigException;
import org.focalbot.adapters.host.Env;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskRoutesTest {

    @TempDir
    Path data;
    @TempDir
    Path knowledge;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private Application app;

    @BeforeEach
    void start() {
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", data.toString(),
                "KNOWLEDGE_DIR", knowledge.toString())), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ask(String question) throws IOException, InterruptedException {
        HttpResponse<String> r = call("POST", "/api/ask", mapper.writeValueAsString(Map.of("question", question)));
        assertEquals(200, r.statusCode(), r.body());
        return mapper.readTree(r.body());
    }

    @Test
    void askAnswersWithTheContractShapeAndCitedSources() throws Exception {
        JsonNode r = ask("What does SMART mean for our objectives?");
        Set<String> fields = fieldNames(r);
        assertEquals(Set.of("answered", "answer", "confidence", "sources"), fields);
        assertTrue(r.get("answered").asBoolean());
        assertTrue(r.get("answer").asText().contains("time-bound"));
        double confidence = r.get("confidence").asDouble();
        assertTrue(confidence > 0 && confidence <= 1);
        JsonNode source = r.get("sources").get(0);
        assertEquals(Set.of("document", "section", "excerpt"), fieldNames(source));
        assertEquals("ILO, A Guide to Multi-Stakeholder Partnerships", source.get("document").asText());
        assertEquals("Adaptive planning › Issues, situations, challenges", source.get("section").asText());
    }

    @Test
    void anUnansweredQuestionIsDeclinedAndListedForCurators() throws Exception {
        JsonNode r = ask("Can you book a meeting room for Tuesday?");
        assertFalse(r.get("answered").asBoolean());
        assertTrue(r.get("answer").asText().contains("do not cover this"));
        assertEquals(0, r.get("sources").size());

        HttpResponse<String> list = call("GET", "/api/admin/unanswered", null);
        assertEquals(200, list.statusCode());
        JsonNode body = mapper.readTree(list.body());
        assertEquals("Can you book a meeting room for Tuesday?", body.get("unanswered").get(0).get("question").asText());
        assertEquals("web:local", body.get("unanswered").get(0).get("workspace").asText());
        assertEquals(0, mapper.readTree(call("GET", "/api/admin/unanswered?workspace=slack:T1", null).body())
                .get("unanswered").size());
    }

    @Test
    void badRequestsGetAClearJsonError() throws Exception {
        HttpResponse<String> missing = call("POST", "/api/ask", "{}");
        assertEquals(400, missing.statusCode());
        assertEquals("\"question\" is required", mapper.readTree(missing.body()).get("error").asText());
        assertEquals(400, call("POST", "/api/ask", "{\"question\": 7}").statusCode());
        assertEquals(400, call("POST", "/api/ask", "not json").statusCode());
        assertEquals(400, call("GET", "/api/admin/unanswered?limit=0", null).statusCode());
    }

    @Test
    void aMarkdownFileDroppedIntoTheKnowledgeDirectoryIsAnswerableAfterAReload() throws Exception {
        String question = "How long does legal clearance of an MoU take?";
        assertFalse(ask(question).get("answered").asBoolean());
        Files.writeString(knowledge.resolve("legal.md"), """
                ---
                title: Legal clearance
                publisher: Office of Legal Affairs
                year: 2025
                ---
                # Clearance times {#legal-clearance-times}
                Legal clearance of an MoU takes about three weeks once the final draft is shared.
                """);
        HttpResponse<String> reload = call("POST", "/api/admin/knowledge/reload", null);
        assertEquals(200, reload.statusCode(), reload.body());
        assertEquals(1, mapper.readTree(reload.body()).get("operatorSections").asInt());
        JsonNode r = ask(question);
        assertTrue(r.get("answered").asBoolean(), r.toString());
        assertEquals("Clearance times", r.get("sources").get(0).get("section").asText());
    }

    @Test
    void aBrokenFileIsReportedByNameAndLineWithoutTakingTheIndexDown() throws Exception {
        Files.writeString(knowledge.resolve("broken.md"), "# Top\n### Too deep\ntext\n");
        HttpResponse<String> reload = call("POST", "/api/admin/knowledge/reload", null);
        assertEquals(422, reload.statusCode());
        JsonNode body = mapper.readTree(reload.body());
        assertTrue(body.get("error").asText().contains("broken.md line 2"), body.toString());
        assertEquals("broken.md", body.get("problems").get(0).get("file").asText());
        assertEquals(2, body.get("problems").get(0).get("line").asInt());
        assertTrue(ask("Who should be the fiduciary agent?").get("answered").asBoolean());
    }

    @Test
    void aKnowledgeDirThatIsNotADirectoryStopsStartupWithAMessage() {
        ConfigException e = assertThrows(ConfigException.class, () -> Application.start(new Env(Map.of("PORT", "0",
                "DATA_DIR", data.resolve("other").toString(), "KNOWLEDGE_DIR", data.resolve("missing").toString())),
                Clock.systemUTC()));
        assertTrue(e.getMessage().startsWith("KNOWLEDGE_DIR="), e.getMessage());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> out = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
