package org.focalbot.bot.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.tenancy.WorkspaceCollections;
import org.focalbot.bot.tenancy.WorkspaceData;

/** The weekly digest feature: subscriptions, composition, delivery channels, the scheduler and the chat. */
public final class Digests {

    /** How long a claim protects a delivery in progress before another scheduler may take it over. */
    public static final Duration LEASE = Duration.ofMinutes(10);

    private final Subscriptions subscriptions;
    private final DeliveryLedger ledger;
    private final DigestComposer composer;
    private final DigestChannels channels = new DigestChannels();
    private final WebInbox inbox;
    private final SubscriptionEditor editor;
    private final DigestDialogue dialogue;
    private final WorkspaceData data;
    private final ZoneId defaultZone;
    private final Clock clock;

    public Digests(DocumentStore store, ObjectMapper mapper, DigestSources sources, ZoneId defaultZone, Clock clock) {
        this.subscriptions = new Subscriptions(store, mapper);
        this.ledger = new DeliveryLedger(store, mapper);
        this.composer = new DigestComposer(sources);
        this.inbox = new WebInbox(store, mapper, clock);
        channels.register(inbox);
        this.editor = new SubscriptionEditor(subscriptions, sources, channels, defaultZone, clock);
        this.dialogue = new DigestDialogue(subscriptions, ledger, composer, editor, defaultZone, clock);
        this.data = new WorkspaceCollections(mapper, Subscriptions.COLLECTION, DeliveryLedger.COLLECTION);
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    /** Adds the digest intent and its buttons to the dialogue. */
    public Dialogue.Builder register(Dialogue.Builder builder) {
        return builder.on(Intents.DIGEST, dialogue::handle).onAction("digest", Intents.DIGEST, dialogue::onAction);
    }

    /** A scheduler for this process; {@code owner} names it in delivery claims. */
    public DigestScheduler scheduler(String owner) {
        return new DigestScheduler(subscriptions, ledger, composer, channels, clock, owner, LEASE);
    }

    public DigestChannels channels() {
        return channels;
    }

    public WebInbox inbox() {
        return inbox;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public DeliveryLedger ledger() {
        return ledger;
    }

    public DigestComposer composer() {
        return composer;
    }

    /** Creates and changes subscriptions (chat and JSON API). */
    public SubscriptionEditor editor() {
        return editor;
    }

    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The feature's records, for moving with workspace links and erasing with a workspace. */
    public WorkspaceData data() {
        return data;
    }
}
