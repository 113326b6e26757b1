package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.focalbot.bot.digest.DigestScheduler;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Teams channel subscribes in conversation and receives exactly one digest card per week. */
class TeamsDigestEndToEndTest {

    static final String GENERAL = "19:general@thread.tacv2";
    static final String WORKSPACE = "teams:" + TeamsHarness.TENANT;

    @TempDir
    Path dataDir;
    TeamsHarness teams;

    @BeforeEach
    void start() throws Exception {
        teams = new TeamsHarness(dataDir);
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void aSubscribedChannelGetsOneDigestCardAWeek() throws Exception {
        teams.send(teams.botAdded("t-1", GENERAL, "channel"));
        teams.fake.nextCall(); // the greeting
        teams.send(teams.base("message", "t-2", GENERAL, "channel")
                .put("text", "<at>Focal Point</at> send the weekly digest here on Fridays at 8"));
        String confirmation = teams.fake.nextCall().body().toString();
        assertTrue(confirmation.contains("Subscribed: this conversation gets the weekly digest on Fridays at 08:00 (UTC)"),
                confirmation);

        Author ana = new Author("teams:ana", "Ana Lima", WORKSPACE);
        Partnership water = teams.app.assistant().notes().partnerships().create(WORKSPACE,
                PartnershipSpec.named("Water Alliance"), ana);
        teams.app.assistant().notes().add(WORKSPACE, ana, water.id(), NoteDraft.of("<at>Everyone</at> MoU signed"));

        DigestScheduler scheduler = teams.app.assistant().digests().scheduler("e2e");
        teams.clock.advance(Duration.ofDays(4).minusHours(1)); // Friday 2025-06-06 08:00 UTC
        assertEquals(Instant.parse("2025-06-06T08:00:00Z"), teams.clock.instant());
        assertEquals(1, scheduler.tick().sent());
        assertEquals(0, scheduler.tick().total());
        FakeBotFramework.ConnectorCall digest = teams.fake.nextCall();
        assertEquals("/v3/conversations", digest.path(), "a digest starts a new thread in the channel");
        String card = digest.body().toString();
        assertTrue(card.contains("Water Alliance") && card.contains("MoU signed"), card);
        assertTrue(teams.fake.pendingCalls().isEmpty(), "exactly one digest");

        teams.clock.advance(Duration.ofDays(7));
        assertEquals(1, scheduler.tick().sent(), "and one the next week");
    }
}
