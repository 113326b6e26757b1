package org.focalbot.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.dialogue.SmallTalk;
import org.focalbot.bot.guidance.Guidance;
import org.focalbot.bot.guidance.GuidanceLog;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.KeywordIntentClassifier;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.SeenEvents;
import org.focalbot.bot.tenancy.Workspaces;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.focalbot.knowledge.search.KnowledgeBase;

/**
 * The composition root of the platform-neutral core: builds the classifier, the dialogue and the
 * stores on top of one {@link DocumentStore}, and exposes what adapters need.
 */
public final class Assistant {

    private final Bot bot;
    private final IntentClassifier classifier;
    private final SeenEvents seenEvents;
    private final Guidance guidance;
    private final Workspaces workspaces;

    private Assistant(Bot bot, IntentClassifier classifier, SeenEvents seenEvents, Guidance guidance, Workspaces workspaces) {
        this.bot = bot;
        this.classifier = classifier;
        this.seenEvents = seenEvents;
        this.guidance = guidance;
        this.workspaces = workspaces;
    }

    /**
     * Wires the assistant over a store; the store's lifecycle stays with the caller. Loads the
     * guidance corpus, so a broken file in the knowledge directory fails here with a
     * {@link org.focalbot.knowledge.corpus.CorpusException} naming it.
     */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock) {
        IntentClassifier classifier = new KeywordIntentClassifier();
        SmallTalk smallTalk = new SmallTalk();
        Guidance guidance = new Guidance(new KnowledgeBase(new CorpusLoader(settings.knowledgeDir()), clock),
                new GuidanceLog(store, mapper, clock));
        Dialogue dialogue = guidance.register(Dialogue.builder())
                .on(Intents.GREET, smallTalk::greet)
                .on(Intents.HELP, smallTalk::help)
                .on(Intents.GOODBYE, smallTalk::goodbye)
                .onAction("help", Intents.HELP, smallTalk::topic)
                .otherwise(smallTalk::outOfScope)
                .build();
        Workspaces workspaces = Workspaces.separate();
        Bot bot = new Bot(classifier, dialogue, new ConversationStateStore(store, mapper, clock), workspaces, clock);
        return new Assistant(bot, classifier, new SeenEvents(store, mapper, clock), guidance, workspaces);
    }

    public Bot bot() {
        return bot;
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    /** Guideline questions and the curators' log of unanswered questions and votes. */
    public Guidance guidance() {
        return guidance;
    }

    /** Which workspace owns a platform tenant's data. */
    public Workspaces workspaces() {
        return workspaces;
    }

    /** Durable memory of platform delivery ids, for adapters that must de-duplicate retries. */
    public SeenEvents seenEvents() {
        return seenEvents;
    }
}
