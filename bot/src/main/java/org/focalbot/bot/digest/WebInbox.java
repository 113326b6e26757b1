package org.focalbot.bot.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.delivery.ProactiveSender;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/**
 * Proactive messages for the web chat, which has no push channel: they wait in a per-conversation
 * inbox that the page polls. Digests arrive here as Markdown.
 */
public final class WebInbox implements ProactiveSender, DigestChannel {

    /** A message waiting for the web chat; {@code seq} orders messages and lets the page ask for newer ones. */
    public record InboxMessage(long seq, Instant at, String text, boolean markdown, String marker) {
    }

    /** Messages kept per web conversation. */
    static final int KEEP = 20;

    private final DocumentStore store;
    private final JsonCollection<InboxMessage> inbox;
    private final Clock clock;
    private final AtomicLong lastSeq;

    public WebInbox(DocumentStore store, ObjectMapper mapper, Clock clock) {
        this.store = store;
        this.inbox = new JsonCollection<>(store, "web-inbox", InboxMessage.class, mapper);
        this.clock = clock;
        // Sequence numbers start above the clock's millisecond value so they keep growing across restarts.
        this.lastSeq = new AtomicLong(clock.millis() * 1000);
    }

    @Override
    public Platform platform() {
        return Platform.WEB;
    }

    @Override
    public void send(ConversationAddress to, List<Reply> replies) {
        store.write(tx -> {
            replies.forEach(r -> put(tx, to, new InboxMessage(nextSeq(), clock.instant(), r.text(), false, null)));
            return null;
        });
    }

    @Override
    public void deliver(ConversationAddress to, Digest digest, String marker) throws DeliveryException {
        store.write(tx -> {
            put(tx, to, new InboxMessage(nextSeq(), clock.instant(), MarkdownDigest.render(digest), true, marker));
            return null;
        });
    }

    @Override
    public Optional<Boolean> alreadyDelivered(ConversationAddress to, String marker, Instant since) {
        return Optional.of(inbox.scan(prefix(to)).stream().anyMatch(m -> marker.equals(m.marker())));
    }

    /** Messages for a conversation newer than {@code afterSeq}, oldest first. */
    public List<InboxMessage> after(ConversationAddress to, long afterSeq) {
        return inbox.scan(prefix(to)).stream().filter(m -> m.seq() > afterSeq).toList();
    }

    private void put(DocumentStore.Transaction tx, ConversationAddress to, InboxMessage m) {
        inbox.put(tx, Keys.of(to.tenant(), to.conversation(), String.format("%019d", m.seq())), m);
        // A web conversation keeps only its latest messages: the page shows them when it opens.
        List<java.util.Map.Entry<String, String>> all = tx.scan(inbox.name(), prefix(to));
        for (int i = 0; i < all.size() - KEEP; i++) {
            tx.delete(inbox.name(), all.get(i).getKey());
        }
    }

    private static String prefix(ConversationAddress to) {
        return Keys.prefix(to.tenant(), to.conversation());
    }

    private long nextSeq() {
        return lastSeq.updateAndGet(prev -> Math.max(prev + 1, clock.millis() * 1000));
    }
}
