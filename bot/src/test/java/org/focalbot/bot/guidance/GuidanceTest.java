package org.focalbot.bot.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.Action;
import org.focalbot.bot.Bot;
import org.focalbot.bot.BotResponse;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.Interpretation;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.tenancy.Workspaces;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.focalbot.knowledge.search.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuidanceTest {

    /** Until the NLU lands, a classifier double that takes every message as a guideline question. */
    private static final IntentClassifier ALWAYS_ASK = text -> {
        IntentScore top = new IntentScore(Intents.ASK_GUIDELINE, 0.9);
        return new Interpretation(text, top, List.of(top), null);
    };
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static KnowledgeBase knowledge;

    private final ObjectMapper mapper = Json.newMapper();
    private InMemoryDocumentStore store;
    private Guidance guidance;
    private Bot bot;

    @BeforeAll
    static void loadKnowledge() {
        knowledge = new KnowledgeBase(new CorpusLoader(Optional.empty()), CLOCK);
    }

    @BeforeEach
    void wire() {
        store = new InMemoryDocumentStore();
        guidance = new Guidance(knowledge, new GuidanceLog(store, mapper, CLOCK));
        Dialogue dialogue = guidance.register(Dialogue.builder()).otherwise(ctx -> ctx.say("other")).build();
        bot = new Bot(ALWAYS_ASK, dialogue, new ConversationStateStore(store, mapper, CLOCK), Workspaces.separate(), CLOCK);
    }

    private BotResponse say(String team, String text) {
        return bot.handle(Turn.text(Platform.SLACK, team, "C1", "U1", "Ana", text));
    }

    private BotResponse click(String team, String action) {
        return bot.handle(Turn.action(Platform.SLACK, team, "C1", "U1", "Ana", action));
    }

    @Test
    void aGuidelineQuestionInChatIsAnsweredWithCitationsAndFeedbackButtons() {
        BotResponse r = say("T1", "who should be the fiduciary agent?");
        assertEquals(Intents.ASK_GUIDELINE, r.intent());
        Reply reply = r.replies().get(0);
        assertTrue(reply.text().contains("fiduciary agent"), reply.text());
        assertEquals("ILO, A Guide to Multi-Stakeholder Partnerships — Adaptive planning › Resources",
                reply.citations().get(0).label());
        assertEquals(List.of("Helpful", "Not helpful"), reply.actions().stream().map(Action::label).toList());
    }

    @Test
    void aVoteIsStoredWithTheQuestionAndSectionsForItsWorkspaceOnly() {
        Reply answer = say("T1", "when do we hold the launch event?").replies().get(0);
        String notHelpful = answer.actions().get(1).id();
        BotResponse thanks = click("T1", notHelpful);
        assertTrue(thanks.replies().get(0).text().startsWith("Thanks for telling me"));

        List<FeedbackVote> votes = guidance.log().votes(Optional.of("slack:T1"), 10);
        assertEquals(1, votes.size());
        assertFalse(votes.get(0).helpful());
        assertEquals("when do we hold the launch event?", votes.get(0).question());
        assertEquals("slack:U1", votes.get(0).voter());
        assertTrue(votes.get(0).sections().contains("ilo-initiating-communication"));
        assertTrue(guidance.log().votes(Optional.of("slack:T2"), 10).isEmpty());

        click("T1", answer.actions().get(0).id());
        List<FeedbackVote> revised = guidance.log().votes(Optional.of("slack:T1"), 10);
        assertEquals(1, revised.size(), "a second vote on the same answer replaces the first");
        assertTrue(revised.get(0).helpful());
    }

    @Test
    void anUnansweredQuestionIsRecordedAndOffersTopicButtonsThatAnswer() {
        Reply declined = say("T1", "What is the capital of France?").replies().get(0);
        assertTrue(declined.text().contains("do not cover this"));
        assertTrue(declined.citations().isEmpty());
        List<UnansweredQuestion> open = guidance.log().unanswered(Optional.of("slack:T1"), 10);
        assertEquals(1, open.size());
        assertEquals("What is the capital of France?", open.get(0).question());
        assertEquals("chat", open.get(0).channel());
        assertTrue(guidance.log().unanswered(Optional.of("slack:T9"), 10).isEmpty());

        Action topic = declined.actions().get(0);
        assertTrue(topic.id().startsWith("guidance:topic:"));
        Reply shown = click("T1", topic.id()).replies().get(0);
        assertFalse(shown.citations().isEmpty());
    }

    @Test
    void aVoteOnAnAnswerThisConversationNeverGotIsNotRecorded() {
        BotResponse r = click("T1", "guidance:helpful:unknown");
        assertTrue(r.replies().get(0).text().contains("can no longer find that answer"));
        assertTrue(guidance.log().votes(Optional.empty(), 10).isEmpty());
    }
}
