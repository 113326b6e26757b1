package org.focalbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.conversation.StateSlot;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.Interpretation;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.tenancy.Workspaces;
import org.junit.jupiter.api.Test;

class BotTest {

    record Count(int n) {
    }

    private static final StateSlot<Count> COUNT = new StateSlot<>("count", Count.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();

    private Bot botWith(Dialogue dialogue) {
        return new Bot(text -> {
            IntentScore top = new IntentScore(text.startsWith("count") ? "count" : "other", 0.8);
            return new Interpretation(text, top, List.of(top), Entities.NONE);
        }, dialogue, new ConversationStateStore(store, Json.newMapper(), clock), Workspaces.separate(), clock);
    }

    @Test
    void theAssistantGreetsAndOffersItsFeatures() {
        Bot bot = Assistant.create(AssistantSettings.inMemory(), store, Json.newMapper(), clock).bot();
        BotResponse r = bot.handle(Turn.text(Platform.WEB, "local", "c1", "u1", "Ana Lopez", "hello"));
        assertEquals("greet", r.intent());
        assertTrue(r.replies().get(0).text().startsWith("Hello Ana."));
        assertEquals(4, r.replies().get(0).actions().size());
    }

    @Test
    void conversationStateIsKeptBetweenTurnsAndSavedOnlyWhenItChanges() {
        AtomicInteger seen = new AtomicInteger();
        Bot bot = botWith(Dialogue.builder()
                .on("count", ctx -> {
                    int n = ctx.state().get(COUNT).map(Count::n).orElse(0) + 1;
                    ctx.state().set(COUNT, new Count(n));
                    ctx.say("count " + n);
                })
                .otherwise(ctx -> ctx.say("other " + seen.incrementAndGet()))
                .build());
        assertEquals("count 1", bot.handle(text("c1", "count")).replies().get(0).text());
        String saved = store.get("conversations", "web/local/c1").orElseThrow();
        bot.handle(text("c1", "something else"));
        assertEquals(saved, store.get("conversations", "web/local/c1").orElseThrow(), "unchanged state is not rewritten");
        assertEquals("count 2", bot.handle(text("c1", "count")).replies().get(0).text());
        assertEquals("count 1", bot.handle(text("c2", "count")).replies().get(0).text(), "state is per conversation");
    }

    @Test
    void aTurnThatChangesNothingWritesNothing() {
        Bot bot = botWith(Dialogue.builder().otherwise(ctx -> ctx.say("ok")).build());
        bot.handle(text("c1", "hi"));
        assertFalse(store.get("conversations", "web/local/c1").isPresent());
    }

    @Test
    void buttonsAreRoutedByTheirNamespaceAndReportTheirIntent() {
        Bot bot = botWith(Dialogue.builder()
                .onAction("vote", "ask_guideline", (ctx, arg) -> ctx.say("thanks for " + arg))
                .otherwise(ctx -> ctx.say("?"))
                .build());
        BotResponse r = bot.handle(Turn.action(Platform.WEB, "local", "c1", "u1", null, "vote:up:42"));
        assertEquals("ask_guideline", r.intent());
        assertEquals(1.0, r.confidence());
        assertEquals("thanks for up:42", r.replies().get(0).text());
    }

    @Test
    void anUnknownButtonGetsAPoliteAnswerNotAnError() {
        Bot bot = botWith(Dialogue.builder().otherwise(ctx -> ctx.say("?")).build());
        BotResponse r = bot.handle(Turn.action(Platform.WEB, "local", "c1", "u1", null, "gone:1"));
        assertEquals("out_of_scope", r.intent());
        assertTrue(r.replies().get(0).text().contains("no longer active"));
    }

    @Test
    void theHelpButtonsExplainEachFeature() {
        Bot bot = Assistant.create(AssistantSettings.inMemory(), store, Json.newMapper(), clock).bot();
        BotResponse r = bot.handle(Turn.action(Platform.WEB, "local", "c1", "u1", null, "help:notes"));
        assertEquals("help", r.intent());
        assertTrue(r.replies().get(0).text().contains("note for Water Alliance"));
    }

    private static Turn text(String conversation, String text) {
        return Turn.text(Platform.WEB, "local", conversation, "u1", null, text);
    }
}
