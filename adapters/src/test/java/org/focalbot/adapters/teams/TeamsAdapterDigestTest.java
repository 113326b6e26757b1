package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Optional;
import org.focalbot.adapters.digest.SeededWeek;
import org.focalbot.adapters.teams.connector.RetryPolicy;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.digest.DigestChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter's digest channel reaches a channel the running app was added to, through the reference it stored. */
class TeamsAdapterDigestTest {

    static final String GENERAL = "19:general@thread.tacv2";

    @TempDir
    Path dataDir;
    TeamsHarness teams;
    TeamsAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        teams = new TeamsHarness(dataDir);
        TeamsConfig config = new TeamsConfig(Optional.of(TeamsHarness.APP_ID), Optional.of("test-client-secret"),
                Optional.empty(), teams.fake.metadataUrl(), teams.fake.tokenUrl(), false);
        adapter = TeamsAdapter.create(config, teams.app.assistant(), teams.app.store(), teams.mapper,
                HttpClient.newHttpClient(), RetryPolicy.standard(teams.clock), teams.clock);
    }

    @AfterEach
    void stop() {
        adapter.close();
        teams.close();
    }

    @Test
    void aChannelTheBotWasAddedToReceivesTheDigestAsANewThread() throws Exception {
        DigestChannel digests = adapter.digestChannel();
        ConversationAddress general = new ConversationAddress(Platform.TEAMS, TeamsHarness.TENANT, GENERAL);
        assertEquals(Platform.TEAMS, digests.platform());
        assertTrue(digests.cannotPost(general).isPresent(), "not added yet");

        teams.send(teams.botAdded("t-1", GENERAL, "channel"));
        teams.fake.nextCall(); // the greeting, sent once the reference is stored
        assertEquals(Optional.empty(), digests.cannotPost(general));

        digests.deliver(general, SeededWeek.seeded(), "focal-digest:s1:2026-W48");
        FakeBotFramework.ConnectorCall thread = teams.fake.nextCall();
        assertEquals("/v3/conversations", thread.path());
        assertEquals("Weekly partnership digest · 16 Nov – 23 Nov 2026",
                thread.body().path("activity").path("summary").asText());
    }
}
