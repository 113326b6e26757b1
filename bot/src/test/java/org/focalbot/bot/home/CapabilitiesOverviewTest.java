package org.focalbot.bot.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.focalbot.bot.Action;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.BotResponse;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

class CapabilitiesOverviewTest {

    @Test
    void theDefaultOverviewOffersButtonsTheAssistantActuallyAnswers() {
        Assistant assistant = Assistant.create(AssistantSettings.inMemory(), new InMemoryDocumentStore(), Json.newMapper(),
                Clock.systemUTC());
        String workspace = assistant.workspaces().workspaceOf(Platform.SLACK, "T1");
        List<Reply> overview = assistant.overview().overview(workspace, "slack:U1");

        assertEquals(1, overview.size());
        assertFalse(overview.get(0).actions().isEmpty());
        for (Action action : overview.get(0).actions()) {
            BotResponse r = assistant.bot().handle(Turn.action(Platform.SLACK, "T1", "D1", "U1", null, action.id()));
            assertEquals(Intents.HELP, r.intent(), action.id());
            assertTrue(r.replies().stream().noneMatch(reply -> reply.text().contains("no longer active")), action.id());
        }
    }
}
