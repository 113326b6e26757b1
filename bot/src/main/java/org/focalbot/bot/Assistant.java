package org.focalbot.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.focalbot.bot.checklist.ChecklistFlow;
import org.focalbot.bot.checklist.ChecklistProgressStore;
import org.focalbot.bot.checklist.ChecklistReports;
import org.focalbot.bot.checklist.NoteBookRemarks;
import org.focalbot.bot.checklist.RegistryPartnerships;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.digest.Digests;
import org.focalbot.bot.digest.WorkspaceDigestSources;
import org.focalbot.bot.dialogue.SmallTalk;
import org.focalbot.bot.guidance.Guidance;
import org.focalbot.bot.guidance.GuidanceLog;
import org.focalbot.bot.home.CapabilitiesOverview;
import org.focalbot.bot.home.PartnershipOverview;
import org.focalbot.bot.home.WorkspaceOverview;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.MaxentIntentClassifier;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteExport;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.chat.NotesChat;
import org.focalbot.bot.notes.search.Analyzer;
import org.focalbot.bot.notes.search.NoteIndex;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.SeenEvents;
import org.focalbot.bot.tenancy.LinkedWorkspaces;
import org.focalbot.bot.tenancy.WorkspaceCollections;
import org.focalbot.knowledge.checklist.ChecklistCatalog;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.focalbot.knowledge.search.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the platform-neutral core: builds the classifier, the features and the
 * dialogue on top of one {@link DocumentStore}, and exposes what adapters need.
 */
public final class Assistant {

    private static final Logger log = LoggerFactory.getLogger(Assistant.class);

    private final Bot bot;
    private final IntentClassifier classifier;
    private final SeenEvents seenEvents;
    private final LinkedWorkspaces workspaces;
    private final NoteBook notes;
    private final ChecklistReports checklists;
    private final Guidance guidance;
    private final Digests digests;
    private final WorkspaceOverview overview;
    private final java.time.ZoneId timeZone;
    private final AtomicBoolean backgroundStarted = new AtomicBoolean();

    private Assistant(Bot bot, IntentClassifier classifier, SeenEvents seenEvents, LinkedWorkspaces workspaces,
                      NoteBook notes, ChecklistReports checklists, Guidance guidance, Digests digests,
                      WorkspaceOverview overview, java.time.ZoneId timeZone) {
        this.bot = bot;
        this.classifier = classifier;
        this.seenEvents = seenEvents;
        this.workspaces = workspaces;
        this.notes = notes;
        this.checklists = checklists;
        this.guidance = guidance;
        this.digests = digests;
        this.overview = overview;
        this.timeZone = timeZone;
    }

    /**
     * Wires the assistant over a store; the store's lifecycle stays with the caller. Fails fast when
     * bundled data (checklists, intents) or the operator's guidance in the knowledge directory is broken.
     */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock) {
        return create(settings, store, mapper, clock, MaxentIntentClassifier.forBundledData(settings.modelDir()));
    }

    /** As {@link #create(AssistantSettings, DocumentStore, ObjectMapper, Clock)}, with a given classifier (tests). */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock,
                                   IntentClassifier classifier) {
        NoteIds ids = new NoteIds(clock);
        PartnershipRegistry registry = new PartnershipRegistry(store, mapper, ids, clock);
        NoteBook notes = new NoteBook(store, mapper, registry, new NoteIndex(new Analyzer()), ids, clock);
        if (settings.dataDir().isEmpty()) {
            // A throwaway store is empty or small: index it now, so callers never wait.
            notes.loadIndex();
        }
        NotesChat notesChat = new NotesChat(notes, new NoteExport(mapper), ids, clock, settings.timeZone());

        ChecklistCatalog catalog = ChecklistCatalog.loadBundled();
        ChecklistProgressStore progress = new ChecklistProgressStore(store, mapper);
        ChecklistReports checklists = new ChecklistReports(catalog, progress, clock);
        ChecklistFlow checklistFlow = new ChecklistFlow(catalog, progress, new RegistryPartnerships(registry),
                new NoteBookRemarks(notes), checklists);

        Digests digests = new Digests(store, mapper, new WorkspaceDigestSources(notes, checklists), settings.timeZone(),
                clock);

        Guidance guidance = new Guidance(new KnowledgeBase(new CorpusLoader(settings.knowledgeDir()), clock),
                new GuidanceLog(store, mapper, clock));

        SmallTalk smallTalk = new SmallTalk();
        Dialogue dialogue = digests.register(guidance.register(Dialogue.builder()))
                .flow(checklistFlow)
                .on(Intents.GREET, smallTalk::greet)
                .on(Intents.HELP, smallTalk::help)
                .on(Intents.GOODBYE, smallTalk::goodbye)
                .onAction("help", Intents.HELP, smallTalk::topic)
                // Adapters send "welcome" when the assistant is added to a conversation.
                .onAction("welcome", Intents.GREET, (ctx, arg) -> smallTalk.greet(ctx))
                .on(Intents.ADD_NOTE, notesChat::addNote)
                .on(Intents.FIND_NOTES, notesChat::findNotes)
                .onAction(NotesChat.ACTIONS, Intents.ADD_NOTE, notesChat::onAction)
                .onAction(NotesChat.FIND_ACTIONS, Intents.FIND_NOTES, notesChat::onFindAction)
                .otherwise(smallTalk::outOfScope)
                .build();
        // Every feature's records move with a tenant when it joins an organisation, and go when it is erased.
        LinkedWorkspaces workspaces = new LinkedWorkspaces(store, mapper, clock, List.of(notes, digests.data(),
                new WorkspaceCollections(mapper, ChecklistProgressStore.COLLECTION, GuidanceLog.UNANSWERED,
                        GuidanceLog.VOTES, PartnershipRegistry.PHASE_CHANGES)));
        Bot bot = new Bot(classifier, dialogue, new ConversationStateStore(store, mapper, clock), workspaces, clock);
        return new Assistant(bot, classifier, new SeenEvents(store, mapper, clock), workspaces, notes, checklists,
                guidance, digests, new PartnershipOverview(registry, checklists, new CapabilitiesOverview(), clock,
                        settings.timeZone()), settings.timeZone());
    }

    /**
     * Indexes the stored notes on a background thread (for a store on disk; the host calls this once
     * it is serving), so a large store does not delay startup; searches wait for it and changes
     * made meanwhile are kept (see {@link NoteIndex}).
     */
    public void startBackgroundWork() {
        if (!backgroundStarted.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            try {
                int n = notes.loadIndex();
                log.info("notes index ready: {} notes in {} ms", n, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("the notes index could not be loaded; note searches will fail until restart", e);
            }
        }, "notes-index-loader");
        loader.setDaemon(true);
        loader.start();
    }

    public Bot bot() {
        return bot;
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    /** Partnerships and notes of every workspace (also for the checklist dialogue and the digest). */
    public NoteBook notes() {
        return notes;
    }

    /** Checklist progress for other features: Markdown export and the digest's weekly activity. */
    public ChecklistReports checklists() {
        return checklists;
    }

    /** Guideline questions and the curators' log of unanswered questions and votes. */
    public Guidance guidance() {
        return guidance;
    }

    /** The weekly digest: subscriptions, channels (adapters register theirs), scheduler and web inbox. */
    public Digests digests() {
        return digests;
    }

    /** The organisation's time zone (digest default, dates in notes and checklists). */
    public java.time.ZoneId timeZone() {
        return timeZone;
    }

    /** Which tenants share a workspace; the admin API links and unlinks them. */
    public LinkedWorkspaces workspaces() {
        return workspaces;
    }

    /** Durable memory of platform delivery ids, for adapters that must de-duplicate retries. */
    public SeenEvents seenEvents() {
        return seenEvents;
    }


    /** A person's overview for home surfaces such as Slack's Home tab. */
    public WorkspaceOverview overview() {
        return overview;
    }
}
