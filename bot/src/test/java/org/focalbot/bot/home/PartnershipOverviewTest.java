package org.focalbot.bot.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

class PartnershipOverviewTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private final Assistant assistant = Assistant.create(AssistantSettings.inMemory(), new InMemoryDocumentStore(),
            Json.newMapper(), clock);

    @Test
    void anEmptyWorkspaceShowsWhatTheAssistantCanDo() {
        List<Reply> home = assistant.overview().overview("slack:T1", "slack:U1");
        assertEquals(1, home.size());
        assertTrue(home.get(0).text().startsWith("Your partnerships, checklist progress and open actions will show here"));
    }

    @Test
    void partnershipsChecklistProgressAndOpenActionsAreListedWithYoursFirst() {
        assistant.notes().partnerships().create("slack:T1", PartnershipSpec.named("Health Alliance"),
                new Author("slack:U2", "Ben", "slack:T1"));
        assistant.notes().partnerships().create("slack:T1", PartnershipSpec.named("Water Alliance Nairobi"),
                new Author("slack:U1", "Ana", "slack:T1"));
        say("let's do the initiating checklist for the Water Alliance Nairobi");
        say("done");
        say("not yet - Ana, by 15 December");

        List<Reply> home = assistant.overview().overview("slack:T1", "slack:U1");
        assertEquals("Partnerships (2)\n- Water Alliance Nairobi — Initiating · yours\n- Health Alliance — Initiating",
                home.get(0).text());
        assertEquals("Checklist progress\n- Water Alliance Nairobi — Initiating: 2 of 28 answered, 1 done",
                home.get(1).text());
        assertTrue(home.get(1).actions().get(0).id().startsWith("checklist:status:"));
        assertTrue(home.get(2).text().startsWith("Open actions (1)\n- Water Alliance Nairobi: "), home.get(2).text());
        assertTrue(home.get(2).text().endsWith("(Ana, due 15 Dec 2026)"), home.get(2).text());
    }

    @Test
    void anotherWorkspacesPartnershipsNeverShow() {
        assistant.notes().partnerships().create("slack:OTHER", PartnershipSpec.named("Secret Alliance"),
                new Author("slack:U9", "Eve", "slack:OTHER"));
        assertTrue(assistant.overview().overview("slack:T1", "slack:U1").stream()
                .noneMatch(r -> r.text().contains("Secret Alliance")));
    }

    private void say(String text) {
        assistant.bot().handle(Turn.text(Platform.SLACK, "T1", "C1", "U1", "Ana", text));
    }
}
