package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TEAMS_ALLOW_ANONYMOUS=true without credentials, as for the Bot Framework Emulator on a developer's machine. */
class TeamsAnonymousModeTest {

    @TempDir
    Path dataDir;
    TeamsHarness emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = new TeamsHarness(dataDir, Map.of("MICROSOFT_APP_ID", "", "MICROSOFT_APP_PASSWORD", "",
                "TEAMS_TOKEN_URL", "", "TEAMS_ALLOW_ANONYMOUS", "true"));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void anActivityWithoutATokenIsAnsweredWithoutOneWhenItsServiceUrlIsLocal() throws Exception {
        assertEquals(202, emulator.post(emulator.message("e-1", "emulator-chat", "hello"), null).statusCode());
        FakeBotFramework.ConnectorCall reply = emulator.fake.nextCall();
        assertTrue(reply.path().endsWith("/activities/e-1"));
        assertNull(reply.authorization(), "no credentials, no token");
        assertTrue(emulator.fake.tokenRequests().isEmpty());
    }

    @Test
    void anAnonymousActivityCannotSendTheBotToAnotherHost() throws Exception {
        var activity = emulator.message("e-2", "emulator-chat", "hello").put("serviceUrl", "https://attacker.example/");
        assertEquals(403, emulator.post(activity, null).statusCode());
        emulator.post(emulator.message("e-3", "emulator-chat", "hello"), null);
        assertTrue(emulator.fake.nextCall().path().endsWith("/activities/e-3"));
        assertEquals(0, emulator.fake.pendingCalls().size());
    }

    @Test
    void aTokenCannotBeCheckedWithoutAnAppIdAndIsRefused() throws Exception {
        assertEquals(401, emulator.post(emulator.message("e-4", "emulator-chat", "hello"),
                "Bearer " + emulator.validToken()).statusCode());
    }
}
