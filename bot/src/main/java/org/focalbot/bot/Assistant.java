package org.focalbot.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.dialogue.SmallTalk;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.KeywordIntentClassifier;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the platform-neutral core: builds the classifier, the dialogue and the
 * stores on top of one {@link DocumentStore}, and exposes what adapters need.
 */
public final class Assistant {

    private static final Logger log = LoggerFactory.getLogger(Assistant.class);

    private final Bot bot;
    private final IntentClassifier classifier;
    private final SeenEvents seenEvents;
    private final NoteBook notes;
    private final LinkedWorkspaces workspaces;
    private final java.util.concurrent.atomic.AtomicBoolean backgroundStarted = new java.util.concurrent.atomic.AtomicBoolean();

    private Assistant(Bot bot, IntentClassifier classifier, SeenEvents seenEvents, NoteBook notes,
                      LinkedWorkspaces workspaces) {
        this.bot = bot;
        this.classifier = classifier;
        this.seenEvents = seenEvents;
        this.notes = notes;
        this.workspaces = workspaces;
    }

    /** Wires the assistant over a store; the store's lifecycle stays with the caller. */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock) {
        return create(settings, store, mapper, clock, new KeywordIntentClassifier());
    }

    /** As {@link #create(AssistantSettings, DocumentStore, ObjectMapper, Clock)}, with a given classifier (tests). */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock,
                                   IntentClassifier classifier) {
        NoteIds ids = new NoteIds(clock);
        NoteBook notes = new NoteBook(store, mapper, new PartnershipRegistry(store, mapper, ids, clock),
                new NoteIndex(new Analyzer()), ids, clock);
        if (settings.dataDir().isEmpty()) {
            // A throwaway store is empty or small: index it now, so callers never wait.
            notes.loadIndex();
        }
        NotesChat notesChat = new NotesChat(notes, new NoteExport(mapper), ids, clock, ZoneOffset.UTC);
        SmallTalk smallTalk = new SmallTalk();
        Dialogue dialogue = Dialogue.builder()
                .on(Intents.GREET, smallTalk::greet)
                .on(Intents.HELP, smallTalk::help)
                .on(Intents.GOODBYE, smallTalk::goodbye)
                .onAction("help", Intents.HELP, smallTalk::topic)
                .on(Intents.ADD_NOTE, notesChat::addNote)
                .on(Intents.FIND_NOTES, notesChat::findNotes)
                .onAction(NotesChat.ACTIONS, Intents.ADD_NOTE, notesChat::onAction)
                .onAction(NotesChat.FIND_ACTIONS, Intents.FIND_NOTES, notesChat::onFindAction)
                .otherwise(smallTalk::outOfScope)
                .build();
        LinkedWorkspaces workspaces = new LinkedWorkspaces(store, mapper, clock, List.of(notes));
        Bot bot = new Bot(classifier, dialogue, new ConversationStateStore(store, mapper, clock), workspaces, clock);
        return new Assistant(bot, classifier, new SeenEvents(store, mapper, clock), notes, workspaces);
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
        loadInBackground(notes);
    }

    private static void loadInBackground(NoteBook notes) {
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

    /** Which tenants share a workspace; the admin API links and unlinks them. */
    public LinkedWorkspaces workspaces() {
        return workspaces;
    }

    /** Durable memory of platform delivery ids, for adapters that must de-duplicate retries. */
    public SeenEvents seenEvents() {
        return seenEvents;
    }
}
