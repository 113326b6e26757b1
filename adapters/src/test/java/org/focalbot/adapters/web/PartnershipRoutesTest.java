package org.focalbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipRoutesTest {

    @TempDir
    Path dataDir;

    private Application app;
    private ApiClient api;

    @BeforeEach
    void start() {
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString())),
                Clock.fixed(Instant.parse("2025-04-16T10:00:00Z"), ZoneOffset.UTC));
        api = new ApiClient(app.port());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String createWater() {
        ApiClient.Response r = api.post("/api/partnerships", api.json("user", "ana", "name", "Water Alliance Nairobi",
                "aliases", List.of("WAN"), "partners", List.of(Map.of("organisation", "UN-Habitat", "sector", "un-multilateral"), "Acme Ltd")));
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asText();
    }

    private JsonNode addNote(String pid, String user, String text, boolean isPrivate) {
        ApiClient.Response r = api.post("/api/partnerships/" + pid + "/notes",
                api.json("user", user, "text", text, "private", isPrivate, "tags", List.of("#MoU")));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void aPartnershipIsCreatedListedAndFoundByWhatPeopleCallIt() {
        String id = createWater();
        JsonNode p = api.get("/api/partnerships/" + id).json();
        assertEquals("Water Alliance Nairobi", p.get("name").asText());
        assertEquals("initiating", p.get("phase").asText());
        assertEquals("UN/multilateral", p.get("partners").get(0).get("sectorLabel").asText());
        assertEquals("private-sector", p.get("partners").get(1).get("sector").asText());
        assertEquals(1, api.get("/api/partnerships").json().get("partnerships").size());
        JsonNode fuzzy = api.get("/api/partnerships?q=water").json();
        assertEquals("found", fuzzy.get("match").asText());
        assertEquals(id, fuzzy.get("partnerships").get(0).get("id").asText());
        assertEquals(409, api.post("/api/partnerships", api.json("user", "ben", "name", "wan")).status());
        ApiClient.Response moved = api.patch("/api/partnerships/" + id, api.json("user", "ana", "version", 1, "phase", "adaptive-planning"));
        assertEquals("adaptive-planning", moved.json().get("phase").asText());
        ApiClient.Response stale = api.patch("/api/partnerships/" + id, api.json("user", "ben", "version", 1, "name", "Renamed"));
        assertEquals(409, stale.status());
    }

    @Test
    void notesAreAddedListedSearchedEditedAndDeleted() {
        String pid = createWater();
        JsonNode n = addNote(pid, "ana", "Mayor agreed the MoU draft", false);
        assertEquals(List.of("mou"), List.of(n.get("tags").get(0).asText()));
        assertEquals("Water Alliance Nairobi", n.get("partnership").asText());
        addNote(pid, "ben", "Budget for year two is pending", false);
        JsonNode list = api.get("/api/partnerships/" + pid + "/notes?user=ana").json();
        assertEquals(2, list.get("total").asInt());
        assertEquals("Budget for year two is pending", list.get("notes").get(0).get("text").asText(), "newest first");
        JsonNode found = api.get("/api/partnerships/notes?user=ana&q=agreement%20mayor").json();
        assertEquals(1, found.get("total").asInt());
        assertEquals(1, api.get("/api/partnerships/notes?user=ana&q=%22agreed%20the%20MoU%22&partnership=water%20alliance%20nairobi").json().get("total").asInt());
        assertEquals(1, api.get("/api/partnerships/notes?user=ana&author=ben").json().get("total").asInt());
        assertEquals(2, api.get("/api/partnerships/notes?user=ana&tag=mou").json().get("total").asInt());
        assertEquals(2, api.get("/api/partnerships/notes?user=ana&when=this%20week").json().get("total").asInt());
        assertEquals(0, api.get("/api/partnerships/notes?user=ana&from=2025-01-01&to=2025-03-31").json().get("total").asInt());

        String noteUrl = "/api/partnerships/" + pid + "/notes/" + n.get("id").asText();
        ApiClient.Response edited = api.patch(noteUrl, api.json("user", "ana", "version", 1, "text", "Mayor signed the MoU"));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(2, edited.json().get("version").asInt());
        ApiClient.Response stale = api.patch(noteUrl, api.json("user", "ana", "version", 1, "text", "lost update?"));
        assertEquals(409, stale.status());
        assertTrue(stale.error().contains("reload the note"), stale.error());
        assertEquals(403, api.patch(noteUrl, api.json("user", "ben", "version", 2, "text", "not mine")).status());
        assertEquals(403, api.delete(noteUrl + "?user=ben").status());
        assertEquals(409, api.delete(noteUrl + "?user=ana&version=1").status());
        assertEquals(200, api.delete(noteUrl + "?user=ana&version=2").status());
        assertEquals(404, api.get(noteUrl + "?user=ana").status());
    }

    @Test
    void badInputGetsAClearClientError() {
        String pid = createWater();
        String notes = "/api/partnerships/" + pid + "/notes";
        ApiClient.Response empty = api.post(notes, api.json("user", "ana", "text", "   "));
        assertEquals(400, empty.status());
        assertEquals("the note text must not be empty", empty.error());
        ApiClient.Response tooLong = api.post(notes, api.json("user", "ana", "text", "x".repeat(10_001)));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.error().contains("10,001") && tooLong.error().contains("10,000"), tooLong.error());
        assertEquals(201, api.post(notes, api.json("user", "ana", "text", "y".repeat(10_000))).status());
        assertEquals(400, api.post(notes, api.json("text", "who am I?")).status());
        ApiClient.Response unknown = api.post("/api/partnerships/p-nope/notes", api.json("user", "ana", "text", "hi"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.error().contains("no partnership"), unknown.error());
        ApiClient.Response badDate = api.get("/api/partnerships/notes?user=ana&from=last%20tuesday");
        assertEquals(400, badDate.status());
        assertTrue(badDate.error().contains("\"from\" must be a date"), badDate.error());
        assertEquals(400, api.get("/api/partnerships/notes?user=ana&when=blue%20moon").status());
        assertEquals(400, api.get("/api/partnerships/notes?user=ana&from=2025-05-01&to=2025-04-01").status());
        assertEquals(400, api.get("/api/partnerships/notes?user=ana&limit=0").status());
        assertEquals(400, api.get("/api/partnerships/notes?user=ana&tag=two%20words").status());
        assertEquals(400, api.get("/api/partnerships/" + pid + "/export?user=ana&format=pdf").status());
        assertEquals(400, api.post("/api/partnerships", api.json("user", "ana", "name", "X", "phase", "nonsense")).status());
    }

    @Test
    void aPrivateNoteIsHiddenFromOthersOnEveryApiPath() {
        String pid = createWater();
        String secretId = addNote(pid, "ana", "private worry about the budget", true).get("id").asText();
        addNote(pid, "ana", "public budget line", false);
        assertEquals(1, api.get("/api/partnerships/" + pid + "/notes?user=ben").json().get("total").asInt(), "list");
        assertEquals(1, api.get("/api/partnerships/notes?user=ben&q=budget").json().get("total").asInt(), "search");
        assertEquals(404, api.get("/api/partnerships/" + pid + "/notes/" + secretId + "?user=ben").status(), "get");
        assertFalse(api.get("/api/partnerships/" + pid + "/export?user=ben&format=csv").body().contains("worry"), "export");
        assertTrue(api.get("/api/partnerships/" + pid + "/export?user=ana&format=csv").body().contains("worry"));
        assertEquals(404, api.patch("/api/partnerships/" + pid + "/notes/" + secretId,
                api.json("user", "ben", "version", 1, "text", "x")).status(), "edit");
    }

    @Test
    void exportsComeInThreeFormatsAndJsonImportsBack() {
        String pid = createWater();
        addNote(pid, "ana", "Mayor agreed, \"in principle\"", false);
        ApiClient.Response md = api.get("/api/partnerships/" + pid + "/export?user=ana");
        assertTrue(md.contentType().startsWith("text/markdown"), md.contentType());
        assertTrue(md.body().startsWith("# Water Alliance Nairobi — notes"), md.body());
        assertTrue(api.get("/api/partnerships/" + pid + "/export?user=ana&format=csv").contentType().startsWith("text/csv"));
        ApiClient.Response json = api.get("/api/partnerships/" + pid + "/export?user=ana&format=json");
        assertEquals(1, json.json().get("notes").size());

        String skills = api.post("/api/partnerships", api.json("user", "ana", "name", "Skills Alliance")).json().get("id").asText();
        ApiClient.Response imported = api.post("/api/partnerships/" + skills + "/import?user=ana", json.body());
        assertEquals(201, imported.status(), imported.body());
        assertEquals(1, imported.json().get("imported").asInt());
        assertEquals(1, api.post("/api/partnerships/" + skills + "/import?user=ana", json.body()).json().get("skipped").asInt());
        JsonNode copy = api.get("/api/partnerships/" + skills + "/notes?user=ana").json().get("notes").get(0);
        assertEquals("Mayor agreed, \"in principle\"", copy.get("text").asText());
        ApiClient.Response bad = api.post("/api/partnerships/" + skills + "/import?user=ana", "{\"notes\": [{\"text\": \"\"}]}");
        assertEquals(400, bad.status());
        assertEquals(400, api.post("/api/partnerships/" + skills + "/import?user=ana", "not json").status());
    }

    @Test
    void theApiSeesOnlyItsOwnWorkspaceUntilTheOperatorLinksIt() {
        createWater();
        Partnership slackOnly = app.assistant().notes().partnerships().create("slack:T1",
                PartnershipSpec.named("Slack Partnership"), new Author("slack:U1", "Sam", "slack:T1"));
        app.assistant().notes().add("slack:T1", new Author("slack:U1", "Sam", "slack:T1"), slackOnly.id(),
                NoteDraft.of("a note written in slack"));
        assertEquals(1, api.get("/api/partnerships").json().get("partnerships").size());
        assertEquals(404, api.get("/api/partnerships/" + slackOnly.id()).status());
        assertEquals(0, api.get("/api/partnerships/notes?user=ana&q=slack").json().get("total").asInt());

        ApiClient.Response link = api.post("/api/admin/workspace-links",
                api.json("organisation", "ilo", "members", List.of("web:local", "slack:T1")));
        assertEquals(201, link.status(), link.body());
        assertEquals(3, link.json().get("recordsMoved").asInt());
        assertEquals(2, api.get("/api/partnerships").json().get("partnerships").size());
        assertEquals(1, api.get("/api/partnerships/notes?user=ana&q=slack").json().get("total").asInt());
        assertEquals(409, api.post("/api/admin/workspace-links",
                api.json("organisation", "other", "members", List.of("slack:T1"))).status());
        assertEquals(400, api.post("/api/admin/workspace-links",
                api.json("organisation", "x", "members", List.of("myspace:1"))).status());
        assertEquals(1, api.get("/api/admin/workspace-links").json().get("links").size());

        JsonNode erased = api.delete("/api/admin/workspaces/org:ilo/authors/slack:U1").json();
        assertEquals(1, erased.get("notesErased").asInt());
        assertEquals(2, api.delete("/api/admin/workspaces/org:ilo").json().get("recordsErased").asInt(), "two partnerships were left");
        assertEquals(0, api.get("/api/partnerships").json().get("partnerships").size());
        assertEquals(200, api.delete("/api/admin/workspace-links/ilo").status());
        assertEquals(404, api.delete("/api/admin/workspace-links/ilo").status());
    }
}
