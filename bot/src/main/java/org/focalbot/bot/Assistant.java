package org.focalbot.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.focalbot.bot.checklist.ChecklistFlow;
import org.focalbot.bot.checklist.ChecklistProgressStore;
import org.focalbot.bot.checklist.ChecklistReports;
import org.focalbot.bot.checklist.interim.InterimPartnershipRegistry;
import org.focalbot.bot.checklist.interim.InterimRemarkLog;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.dialogue.SmallTalk;
import org.focalbot.bot.guidance.Guidance;
import org.focalbot.bot.guidance.GuidanceLog;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.MaxentIntentClassifier;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.SeenEvents;
import org.focalbot.bot.tenancy.Workspaces;
import org.focalbot.knowledge.checklist.ChecklistCatalog;
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
    private final Workspaces workspaces;
    private final ChecklistReports checklists;
    private final Guidance guidance;

    private Assistant(Bot bot, IntentClassifier classifier, SeenEvents seenEvents, Workspaces workspaces,
                      ChecklistReports checklists, Guidance guidance) {
        this.bot = bot;
        this.classifier = classifier;
        this.seenEvents = seenEvents;
        this.workspaces = workspaces;
        this.checklists = checklists;
        this.guidance = guidance;
    }

    /**
     * Wires the assistant over a store; the store's lifecycle stays with the caller. Loads the
     * guidance corpus, so a broken file in the knowledge directory fails here with a
     * {@link org.focalbot.knowledge.corpus.CorpusException} naming it.
     */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock) {
        return create(settings, store, mapper, clock, MaxentIntentClassifier.forBundledData(settings.modelDir()),
                Workspaces.separate());
    }

    /**
     * Wires the assistant with a given classifier and tenant-to-workspace mapping (tests, and operators who
     * link a Slack workspace and a Teams tenant). Fails fast if the bundled checklist data is invalid.
     */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock,
                                   IntentClassifier classifier, Workspaces workspaces) {
        SmallTalk smallTalk = new SmallTalk();
        ChecklistCatalog catalog = ChecklistCatalog.loadBundled();
        ChecklistProgressStore progress = new ChecklistProgressStore(store, mapper);
        ChecklistReports checklists = new ChecklistReports(catalog, progress, clock);
        // Interim partnership list and remark log until the registry and notes (issue 5) are wired in here.
        ChecklistFlow checklistFlow = new ChecklistFlow(catalog, progress,
                new InterimPartnershipRegistry(store, mapper, clock), new InterimRemarkLog(store, mapper), checklists);
        Guidance guidance = new Guidance(new KnowledgeBase(new CorpusLoader(settings.knowledgeDir()), clock),
                new GuidanceLog(store, mapper, clock));
        Dialogue dialogue = guidance.register(Dialogue.builder())
                .flow(checklistFlow)
                .on(Intents.GREET, smallTalk::greet)
                .on(Intents.HELP, smallTalk::help)
                .on(Intents.GOODBYE, smallTalk::goodbye)
                .onAction("help", Intents.HELP, smallTalk::topic)
                // Adapters send "welcome" when the assistant is added to a conversation.
                .onAction("welcome", Intents.GREET, (ctx, arg) -> smallTalk.greet(ctx))
                .otherwise(smallTalk::outOfScope)
                .build();
        Bot bot = new Bot(classifier, dialogue, new ConversationStateStore(store, mapper, clock), workspaces, clock);
        return new Assistant(bot, classifier, new SeenEvents(store, mapper, clock), workspaces, checklists, guidance);
    }

    public Bot bot() {
        return bot;
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    /** Checklist progress for other features: Markdown export and the digest's weekly activity. */
    public ChecklistReports checklists() {
        return checklists;
    }

    /** Guideline questions and the curators' log of unanswered questions and votes. */
    public Guidance guidance() {
        return guidance;
    }

    /** Durable memory of platform delivery ids, for adapters that must de-duplicate retries. */
    public SeenEvents seenEvents() {
        return seenEvents;
    }

    /** The tenant → workspace mapping, for adapters that key their own records by workspace. */
    public Workspaces workspaces() {
        return workspaces;
    }
}
