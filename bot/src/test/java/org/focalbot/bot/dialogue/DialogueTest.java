package org.focalbot.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.conversation.ConversationKey;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.Interpretation;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

class DialogueTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T09:00:00Z"), ZoneOffset.UTC);

    /** A flow that claims messages starting with its word and follows up after everything else. */
    private record EchoFlow(String word) implements ActiveFlow {
        @Override
        public String namespace() {
            return word;
        }

        @Override
        public String intent() {
            return Intents.START_CHECKLIST;
        }

        @Override
        public boolean claim(TurnContext ctx) {
            if (!ctx.turn().text().startsWith(word)) {
                return false;
            }
            ctx.intent(Intents.START_CHECKLIST, 1.0);
            ctx.say(word + " claimed");
            return true;
        }

        @Override
        public void onAction(TurnContext ctx, String argument) {
            ctx.say(word + " clicked " + argument);
        }

        @Override
        public void afterTurn(TurnContext ctx) {
            ctx.say(word + " follows up");
        }
    }

    private final Dialogue dialogue = Dialogue.builder()
            .flow(new EchoFlow("first"))
            .flow(new EchoFlow("second"))
            .on(Intents.GREET, ctx -> ctx.say("hello"))
            .onAction("help", Intents.HELP, (ctx, arg) -> ctx.say("help " + arg))
            .otherwise(ctx -> ctx.say("fallback"))
            .build();

    private TurnContext text(String text, String intent) {
        Turn turn = Turn.text(Platform.WEB, "local", "c1", "u1", "Ana", text);
        TurnContext ctx = context(turn);
        IntentScore top = new IntentScore(intent, 0.9);
        ctx.interpretation(new Interpretation(text, top, List.of(top), Entities.NONE));
        return ctx;
    }

    private TurnContext click(String action) {
        return context(Turn.action(Platform.WEB, "local", "c1", "u1", "Ana", action));
    }

    private static TurnContext context(Turn turn) {
        ConversationStateStore states = new ConversationStateStore(new InMemoryDocumentStore(), Json.newMapper(), CLOCK);
        return new TurnContext(turn, "web:local", states.load(ConversationKey.of(turn)), CLOCK);
    }

    private static List<String> said(TurnContext ctx) {
        return ctx.replies().stream().map(Reply::text).toList();
    }

    @Test
    void aFlowThatClaimsAMessageAnswersItAndOnlyTheOtherFlowsFollowUp() {
        TurnContext ctx = text("second thing", Intents.OUT_OF_SCOPE);
        dialogue.onText(ctx);
        assertEquals(List.of("second claimed", "first follows up"), said(ctx));
        assertEquals(Intents.START_CHECKLIST, ctx.intent());
    }

    @Test
    void flowsSeeMessagesInTheOrderTheyWereAdded() {
        TurnContext ctx = text("first and second", Intents.OUT_OF_SCOPE);
        dialogue.onText(ctx);
        assertEquals(List.of("first claimed", "second follows up"), said(ctx));
    }

    @Test
    void anUnclaimedMessageIsRoutedByIntentAndEveryFlowFollowsUpAfterTheAnswer() {
        TurnContext ctx = text("hi", Intents.GREET);
        dialogue.onText(ctx);
        assertEquals(List.of("hello", "first follows up", "second follows up"), said(ctx));
        assertEquals(Intents.GREET, ctx.intent());
    }

    @Test
    void aFlowsButtonGoesToThatFlowWhichDoesNotFollowUpOnItself() {
        TurnContext ctx = click("first:x:1");
        dialogue.onAction(ctx);
        assertEquals(List.of("first clicked x:1", "second follows up"), said(ctx));
        assertEquals(Intents.START_CHECKLIST, ctx.intent());
    }

    @Test
    void anotherFeaturesButtonIsAnsweredBeforeTheFlowsFollowUp() {
        TurnContext ctx = click("help:ask");
        dialogue.onAction(ctx);
        assertEquals(List.of("help ask", "first follows up", "second follows up"), said(ctx));
        assertEquals(Intents.HELP, ctx.intent());
    }

    @Test
    void aFlowCannotShareItsNamespaceWithAnActionHandlerOrAnotherFlow() {
        assertThrows(IllegalStateException.class, () -> Dialogue.builder().flow(new EchoFlow("help"))
                .onAction("help", Intents.HELP, (ctx, arg) -> { }).otherwise(ctx -> { }).build());
        assertThrows(IllegalArgumentException.class, () -> Dialogue.builder().flow(new EchoFlow("a"))
                .flow(new EchoFlow("a")));
    }
}
