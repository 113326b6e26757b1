package org.focalbot.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.dialogue.SmallTalk;
import org.focalbot.bot.home.CapabilitiesOverview;
import org.focalbot.bot.home.WorkspaceOverview;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.KeywordIntentClassifier;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.SeenEvents;
import org.focalbot.bot.tenancy.Workspaces;

/**
 * The composition root of the platform-neutral core: builds the classifier, the dialogue and the
 * stores on top of one {@link DocumentStore}, and exposes what adapters need.
 */
public final class Assistant {

    private final Bot bot;
    private final IntentClassifier classifier;
    private final SeenEvents seenEvents;
    private final Workspaces workspaces;
    private final WorkspaceOverview overview;

    private Assistant(Bot bot, IntentClassifier classifier, SeenEvents seenEvents, Workspaces workspaces,
                      WorkspaceOverview overview) {
        this.bot = bot;
        this.classifier = classifier;
        this.seenEvents = seenEvents;
        this.workspaces = workspaces;
        this.overview = overview;
    }

    /** Wires the assistant over a store; the store's lifecycle stays with the caller. */
    public static Assistant create(AssistantSettings settings, DocumentStore store, ObjectMapper mapper, Clock clock) {
        IntentClassifier classifier = new KeywordIntentClassifier();
        SmallTalk smallTalk = new SmallTalk();
        Dialogue dialogue = Dialogue.builder()
                .on(Intents.GREET, smallTalk::greet)
                .on(Intents.HELP, smallTalk::help)
                .on(Intents.GOODBYE, smallTalk::goodbye)
                .onAction("help", Intents.HELP, smallTalk::topic)
                .otherwise(smallTalk::outOfScope)
                .build();
        Workspaces workspaces = Workspaces.separate();
        Bot bot = new Bot(classifier, dialogue, new ConversationStateStore(store, mapper, clock), workspaces, clock);
        return new Assistant(bot, classifier, new SeenEvents(store, mapper, clock), workspaces,
                new CapabilitiesOverview());
    }

    public Bot bot() {
        return bot;
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    /** Durable memory of platform delivery ids, for adapters that must de-duplicate retries. */
    public SeenEvents seenEvents() {
        return seenEvents;
    }

    /** Which workspace owns a platform tenant's data. */
    public Workspaces workspaces() {
        return workspaces;
    }

    /** A person's overview for home surfaces such as Slack's Home tab. */
    public WorkspaceOverview overview() {
        return overview;
    }
}
