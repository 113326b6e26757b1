package org.focalbot.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.focalbot.bot.MutableClock;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

class WebInboxTest {

    private final MutableClock clock = new MutableClock("2026-11-23T09:00:00Z");
    private final WebInbox inbox = new WebInbox(new InMemoryDocumentStore(), Json.newMapper(), clock);
    private final ConversationAddress mine = new ConversationAddress(Platform.WEB, "local", "c1");
    private final ConversationAddress other = new ConversationAddress(Platform.WEB, "local", "c2");

    @Test
    void messagesArriveInOrderAndOnlyInTheirConversation() {
        inbox.send(mine, List.of(Reply.text("one"), Reply.text("two")));
        inbox.send(other, List.of(Reply.text("elsewhere")));
        List<WebInbox.InboxMessage> got = inbox.after(mine, 0);
        assertEquals(List.of("one", "two"), got.stream().map(WebInbox.InboxMessage::text).toList());
        assertEquals(List.of("two"), inbox.after(mine, got.get(0).seq()).stream().map(WebInbox.InboxMessage::text).toList());
    }

    @Test
    void aDeliveredDigestCanBeFoundByItsMarker() throws Exception {
        Digest quiet = new DigestComposer(new FakeSources()).compose("w", List.of(), clock.instant().minus(Duration.ofDays(7)),
                clock.instant(), java.time.ZoneId.of("UTC"));
        inbox.deliver(mine, quiet, "focal-digest:s1:2026-11-23");
        assertEquals(java.util.Optional.of(true), inbox.alreadyDelivered(mine, "focal-digest:s1:2026-11-23", clock.instant()));
        assertEquals(java.util.Optional.of(false), inbox.alreadyDelivered(other, "focal-digest:s1:2026-11-23", clock.instant()));
        assertTrue(inbox.after(mine, 0).get(0).markdown());
    }

    @Test
    void onlyTheLatestMessagesAreKept() {
        for (int i = 0; i < WebInbox.KEEP + 5; i++) {
            inbox.send(mine, List.of(Reply.text("m" + i)));
        }
        List<WebInbox.InboxMessage> kept = inbox.after(mine, 0);
        assertEquals(WebInbox.KEEP, kept.size());
        assertEquals("m5", kept.get(0).text());
    }

    @Test
    void sequenceNumbersKeepGrowingAcrossARestart() {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        WebInbox first = new WebInbox(store, Json.newMapper(), clock);
        first.send(mine, List.of(Reply.text("before")));
        long seen = first.after(mine, 0).get(0).seq();
        clock.advance(Duration.ofSeconds(1));
        new WebInbox(store, Json.newMapper(), clock).send(mine, List.of(Reply.text("after")));
        assertEquals(List.of("after"), first.after(mine, seen).stream().map(WebInbox.InboxMessage::text).toList());
    }
}
