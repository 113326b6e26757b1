package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

/** The Teams app package sources in deploy/teams: a manifest Teams accepts once its placeholders are filled, and its icons. */
class TeamsManifestTest {

    static final Path DIR = Path.of("..", "deploy", "teams");

    @Test
    void theManifestDeclaresTheBotInAllThreeScopesWithShortEnoughCommands() throws Exception {
        JsonNode m = Json.newMapper().readTree(Files.readString(DIR.resolve("manifest.json")));
        assertEquals("1.17", m.path("manifestVersion").asText());
        assertEquals("${MICROSOFT_APP_ID}", m.path("id").asText());
        JsonNode bot = m.path("bots").get(0);
        assertEquals("${MICROSOFT_APP_ID}", bot.path("botId").asText());
        Set<String> scopes = new HashSet<>();
        bot.path("scopes").forEach(s -> scopes.add(s.asText()));
        assertEquals(Set.of("personal", "team", "groupChat"), scopes);
        for (JsonNode list : bot.path("commandLists")) {
            assertTrue(list.path("commands").size() <= 10);
            for (JsonNode c : list.path("commands")) {
                assertTrue(c.path("title").asText().length() <= 32, c.toString());
                assertTrue(c.path("description").asText().length() <= 128, c.toString());
            }
        }
        assertTrue(m.path("name").path("short").asText().length() <= 30);
        assertTrue(m.path("description").path("short").asText().length() <= 80);
        assertTrue(m.path("accentColor").asText().matches("#[0-9A-Fa-f]{6}"));
    }

    @Test
    void theIconsHaveTheSizesTeamsRequiresAndTheOutlineIsWhiteOnTransparent() throws Exception {
        BufferedImage color = ImageIO.read(DIR.resolve("color.png").toFile());
        assertEquals(192, color.getWidth());
        assertEquals(192, color.getHeight());
        BufferedImage outline = ImageIO.read(DIR.resolve("outline.png").toFile());
        assertEquals(32, outline.getWidth());
        assertEquals(32, outline.getHeight());
        int transparent = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                if (argb >>> 24 == 0) {
                    transparent++;
                } else {
                    assertEquals(0xFFFFFF, argb & 0xFFFFFF, "outline pixel " + x + "," + y + " is not white");
                }
            }
        }
        assertTrue(transparent > 0, "the outline icon has a transparent background");
    }
}
