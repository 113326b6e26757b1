package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app manifest in deploy/slack asks Slack for exactly what the adapter handles. */
class SlackManifestTest {

    private static String manifest() throws Exception {
        Path file = Path.of("..", "deploy", "slack", "manifest.yaml");
        return Files.readString(file);
    }

    private static List<String> listUnder(String yaml, String key) {
        Matcher block = Pattern.compile("(?m)^(\\s*)" + Pattern.quote(key) + ":\\s*\\n((?:\\1\\s+(?:-.*|#.*)\\n)+)").matcher(yaml);
        assertTrue(block.find(), "no list under " + key);
        return block.group(2).lines().map(String::strip).filter(l -> l.startsWith("- "))
                .map(l -> l.substring(2).strip()).toList();
    }

    @Test
    void theCommandShortcutAndRequestUrlsMatchTheAdapter() throws Exception {
        String yaml = manifest();
        assertTrue(yaml.contains("- command: " + SlackHandlers.COMMAND + "\n"));
        assertTrue(yaml.contains("callback_id: " + SlackHandlers.SAVE_NOTE_SHORTCUT + "\n"));
        assertTrue(yaml.contains("type: message\n"), "the shortcut is a message shortcut");
        Matcher urls = Pattern.compile("(?:url|request_url): (\\S+)").matcher(yaml);
        int count = 0;
        while (urls.find()) {
            assertTrue(urls.group(1).endsWith(SlackRoutes.PATH), urls.group(1));
            count++;
        }
        assertEquals(3, count, "command, events and interactivity all go to " + SlackRoutes.PATH);
        assertTrue(yaml.contains("home_tab_enabled: true"));
        assertTrue(yaml.contains("interactivity:\n    is_enabled: true"));
    }

    @Test
    void itSubscribesToTheEventsTheAdapterHandlesWithTheMinimumBotScopes() throws Exception {
        String yaml = manifest();
        assertEquals(List.of("app_home_opened", "app_mention", "message.im"), listUnder(yaml, "bot_events"));
        assertEquals(List.of("app_mentions:read", "channels:history", "channels:read", "chat:write", "commands",
                "groups:history", "groups:read", "im:history"), listUnder(yaml, "bot"));
    }
}
