package org.focalbot.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.BotResponse;
import org.focalbot.bot.MutableClock;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Turn;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The digest managed in chat and delivered to the web chat's inbox, through the real assistant. */
class DigestConversationTest {

    private static final String WEB = "web:local";
    private final MutableClock clock = new MutableClock("2026-11-23T10:00:00Z"); // a Monday
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();
    private Assistant assistant;
    private final ConversationAddress here = new ConversationAddress(Platform.WEB, "local", "c-digest");

    @BeforeEach
    void start() {
        assistant = Assistant.create(AssistantSettings.inMemory(), store, Json.newMapper(), clock);
        Author ana = new Author("web:u-ana", "Ana Lopez", WEB);
        Partnership water = assistant.notes().partnerships().create(WEB, PartnershipSpec.named("Water Alliance Nairobi"), ana);
        assistant.notes().partnerships().create(WEB, PartnershipSpec.named("Skills Alliance"), ana);
        assistant.notes().add(WEB, ana, water.id(), NoteDraft.of("The mayor agreed the MoU draft"));
        assistant.notes().add(WEB, ana, water.id(), new NoteDraft("Private: budget worries", List.of(), true, null, null, null));
    }

    private BotResponse say(String text) {
        return assistant.bot().handle(Turn.text(Platform.WEB, "local", "c-digest", "u-ana", "Ana Lopez", text));
    }

    @Test
    void subscribingHereOnFridaysAtEightIsConfirmedWithTheNextDate() {
        BotResponse r = say("send the weekly digest here on Fridays at 8");
        assertEquals("digest", r.intent());
        assertEquals("Subscribed: this conversation gets the weekly digest on Fridays at 08:00 (UTC) covering all "
                + "partnerships. Next one: Fri 27 Nov at 08:00.", r.replies().get(0).text());
        assertTrue(say("digest status").replies().get(0).text().startsWith("Weekly digest: Fridays at 08:00 (UTC)"));
    }

    @Test
    void theScheduledDigestArrivesOnceInTheWebInboxWithoutPrivateNotes() {
        say("send the weekly digest here on Fridays at 8");
        DigestScheduler scheduler = assistant.digests().scheduler("test");
        clock.set("2026-11-27T08:00:10Z");
        assertEquals(1, scheduler.tick().sent());
        assertEquals(0, scheduler.tick().total());
        List<WebInbox.InboxMessage> inbox = assistant.digests().inbox().after(here, 0);
        assertEquals(1, inbox.size());
        String md = inbox.get(0).text();
        assertTrue(inbox.get(0).markdown());
        assertTrue(md.contains("### Water Alliance Nairobi") && md.contains("The mayor agreed the MoU draft"), md);
        assertTrue(md.contains("Nothing new for Skills Alliance."), md);
        assertFalse(md.contains("budget worries"), "private notes never reach a digest");
    }

    @Test
    void aPreviewShowsTheWeekWithoutPostingAnything() {
        clock.advance(Duration.ofMinutes(5));
        BotResponse r = say("preview this week's digest");
        assertEquals("Preview of this week's digest (nothing was posted):", r.replies().get(0).text());
        assertTrue(r.replies().get(1).text().contains("\"The mayor agreed the MoU draft\" (Ana Lopez, 23 Nov)"),
                r.replies().get(1).text());
        assertTrue(assistant.digests().inbox().after(here, 0).isEmpty());
    }

    @Test
    void theScopeCanBeLimitedToNamedPartnerships() {
        say("send the weekly digest here on Mondays at 9");
        BotResponse r = say("limit the digest to the skills alliance only");
        assertTrue(r.replies().get(0).text().contains("covering \"Skills Alliance\""), r.replies().get(0).text());
        r = say("send the digest only for the nonexistent partnership");
        assertTrue(r.replies().get(0).text().startsWith("I don't know a partnership called \"nonexistent partnership\""),
                r.replies().get(0).text());
    }

    @Test
    void stoppingRemovesTheSubscription() {
        say("send the weekly digest here on Fridays at 8");
        assertTrue(say("stop the digest").replies().get(0).text().startsWith("Stopped"));
        clock.advance(Duration.ofDays(7));
        assertEquals(0, assistant.digests().scheduler("test").tick().total());
        assertTrue(say("stop the digest").replies().get(0).text().contains("nothing to stop"));
    }

    @Test
    void aPlatformWithoutAConfiguredChannelIsRefusedClearly() {
        BotResponse r = assistant.bot().handle(Turn.text(Platform.SLACK, "T1", "C1", "U1", "Ben",
                "send the weekly digest here on Fridays at 8"));
        assertTrue(r.replies().get(0).text().startsWith("digests can't be posted to slack from this server"),
                r.replies().get(0).text());
    }

    @Test
    void aChannelTheAssistantCannotPostInIsRefusedWithTheReason() {
        RecordingChannel slack = new RecordingChannel(Platform.SLACK);
        slack.cannotPost = "I'm not a member of #partnerships";
        assistant.digests().channels().register(slack);
        BotResponse r = assistant.bot().handle(Turn.text(Platform.SLACK, "T1", "C1", "U1", "Ben",
                "send the weekly digest here on Fridays at 8"));
        assertEquals("I can't post in that conversation: I'm not a member of #partnerships. I haven't changed the "
                + "digest for this conversation. Add me to the channel (for example with /invite) and ask again.",
                r.replies().get(0).text());
    }
}
