package org.focalbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest's JSON API and the web inbox, on the real server. */
class DigestRoutesTest {

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock("2026-11-23T10:00:00Z"); // a Monday
    private Application app;
    private ApiClient api;

    @BeforeEach
    void start() {
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString(), "TIME_ZONE",
                "Africa/Nairobi")), clock);
        api = new ApiClient(app.port());
        assertEquals(201, api.post("/api/partnerships", "{\"user\":\"ana\",\"name\":\"Water Alliance Nairobi\"}").status());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aWebConversationIsSubscribedWithTheOrganisationsZoneByDefault() {
        ApiClient.Response r = api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\",\"day\":\"friday\",\"time\":\"08:00\"}");
        assertEquals(201, r.status(), r.body());
        assertEquals("friday", r.json().path("day").asText());
        assertEquals("08:00", r.json().path("time").asText());
        assertEquals("Africa/Nairobi", r.json().path("timeZone").asText());
        assertEquals("2026-11-27T05:00:00Z", r.json().path("next").asText());
        assertEquals("all partnerships", r.json().path("covers").asText());

        r = api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\",\"partnerships\":[\"water alliance nairobi\"],"
                + "\"skipQuietWeeks\":true}");
        assertEquals(200, r.status(), r.body());
        assertEquals("\"Water Alliance Nairobi\"", r.json().path("covers").asText());
        assertEquals("friday", r.json().path("day").asText(), "fields left out keep their value");
        assertEquals(1, api.get("/api/digest/subscriptions").json().path("subscriptions").size());
    }

    @Test
    void badFieldsAreNamedInA400() {
        assertEquals("\"day\" must be a day of the week such as \"monday\"",
                api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\",\"day\":\"someday\"}").error());
        assertEquals("\"time\" must be a 24-hour time such as \"09:00\"",
                api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\",\"time\":\"25:99\"}").error());
        assertEquals("\"timeZone\" must be an IANA time zone such as \"Africa/Nairobi\"",
                api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\",\"timeZone\":\"Mars/Olympus\"}").error());
        assertEquals("\"conversation\" is required", api.put("/api/digest/subscriptions", "{}").error());
        assertEquals("\"tenant\" is required for slack (the Slack team or enterprise id, or the Teams tenant id)",
                api.put("/api/digest/subscriptions", "{\"platform\":\"slack\",\"conversation\":\"C1\"}").error());
    }

    @Test
    void requestsThatCannotBeHonouredAre422WithTheReason() {
        ApiClient.Response r = api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\",\"partnerships\":[\"Nowhere\"]}");
        assertEquals(422, r.status());
        assertEquals("I don't know a partnership called \"Nowhere\" in this workspace", r.error());
        r = api.put("/api/digest/subscriptions", "{\"platform\":\"slack\",\"tenant\":\"T1\",\"conversation\":\"C1\"}");
        assertEquals(422, r.status());
        assertTrue(r.error().startsWith("digests can't be posted to slack from this server"), r.error());
    }

    @Test
    void theScheduledDigestReachesTheWebInboxOnce() {
        api.post("/api/partnerships", "{\"user\":\"ana\",\"name\":\"Skills Alliance\"}");
        String water = null;
        for (var p : api.get("/api/partnerships").json().path("partnerships")) {
            if (p.path("name").asText().equals("Water Alliance Nairobi")) {
                water = p.path("id").asText();
            }
        }
        assertEquals(201, api.post("/api/partnerships/" + water + "/notes",
                "{\"user\":\"ana\",\"text\":\"Mayor agreed the <MoU> [draft](https://x.example)\"}").status());
        api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\",\"day\":\"monday\",\"time\":\"14:00\"}");
        clock.set("2026-11-23T11:00:30Z"); // 14:00 in Nairobi
        assertEquals(1, app.assistant().digests().scheduler("test").tick().sent());
        assertEquals(0, app.assistant().digests().scheduler("test").tick().total());

        ApiClient.Response inbox = api.get("/api/inbox?conversation=c1");
        assertEquals(1, inbox.json().path("messages").size(), inbox.body());
        String md = inbox.json().path("messages").get(0).path("text").asText();
        assertTrue(md.contains("Mayor agreed the &lt;MoU&gt; \\[draft\\]\\(https://x.example\\)"), md);
        long seq = inbox.json().path("messages").get(0).path("seq").asLong();
        assertEquals(0, api.get("/api/inbox?conversation=c1&after=" + seq).json().path("messages").size());
        assertEquals("sent", api.get("/api/digest/subscriptions").json().path("subscriptions").get(0)
                .path("lastDelivery").path("state").asText());
    }

    @Test
    void aPreviewAndADeleteWork() {
        api.put("/api/digest/subscriptions", "{\"conversation\":\"c1\"}");
        ApiClient.Response p = api.get("/api/digest/preview?conversation=c1");
        assertEquals(200, p.status());
        assertTrue(p.json().path("markdown").asText().startsWith("## Weekly partnership digest"));
        assertEquals(204, api.delete("/api/digest/subscriptions?conversation=c1").status());
        assertEquals(404, api.delete("/api/digest/subscriptions?conversation=c1").status());
        assertEquals("the \"conversation\" query parameter is required", api.get("/api/inbox").error());
    }
}
