package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.focalbot.adapters.host.ConfigException;
import org.focalbot.adapters.host.Env;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void slackIsOffWhenNeitherVariableIsSet() {
        assertTrue(SlackSettings.from(new Env(Map.of())).isEmpty());
    }

    @Test
    void aTokenWithoutASecretOrASecretWithoutATokenNamesWhatIsMissing() {
        var noSecret = assertThrows(ConfigException.class, () -> SlackSettings.from(new Env(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))));
        assertTrue(noSecret.getMessage().startsWith("SLACK_SIGNING_SECRET is not set"));
        var noToken = assertThrows(ConfigException.class, () -> SlackSettings.from(new Env(Map.of("SLACK_SIGNING_SECRET", "s"))));
        assertTrue(noToken.getMessage().startsWith("SLACK_BOT_TOKEN is not set"));
    }

    @Test
    void theApiUrlDefaultsToSlacksAndMayPointElsewhere() {
        var both = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s");
        assertEquals("https://slack.com/api/", SlackSettings.from(new Env(both)).orElseThrow().apiUrl());
        var staging = new java.util.HashMap<>(both);
        staging.put("SLACK_API_URL", "http://127.0.0.1:9999/api");
        assertEquals("http://127.0.0.1:9999/api/", SlackSettings.from(new Env(staging)).orElseThrow().apiUrl());
        staging.put("SLACK_API_URL", "slack.com/api");
        assertTrue(assertThrows(ConfigException.class, () -> SlackSettings.from(new Env(staging))).getMessage()
                .startsWith("SLACK_API_URL must be an http(s) URL"));
    }

    @Test
    void printingTheSettingsNeverShowsTheSecrets() {
        String printed = new SlackSettings("xoxb-secret-token", "signing-secret", "https://slack.com/api/", 8).toString();
        assertFalse(printed.contains("xoxb-secret-token"));
        assertFalse(printed.contains("signing-secret"));
    }
}
