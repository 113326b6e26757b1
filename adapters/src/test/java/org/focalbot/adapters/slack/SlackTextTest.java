package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void escapingTurnsTheThreeControlCharactersIntoEntities() {
        assertEquals("&lt;!channel&gt; R&amp;D &lt;@U123&gt;", SlackText.escape("<!channel> R&D <@U123>"));
        assertEquals("plain text stays", SlackText.escape("plain text stays"));
    }

    @Test
    void mentionsBroadcastsAndLinksBecomePlainText() {
        assertEquals("@U123 and @bob", SlackText.toPlain("<@U123> and <@U456|bob>"));
        assertEquals("@channel @here @everyone", SlackText.toPlain("<!channel> <!here> <!everyone>"));
        assertEquals("@partners-team", SlackText.toPlain("<!subteam^S123|@partners-team>"));
        assertEquals("#general and #C999", SlackText.toPlain("<#C123|general> and <#C999>"));
        assertEquals("the guide (https://ilo.org/g) or https://ilo.org", SlackText.toPlain("<https://ilo.org/g|the guide> or <https://ilo.org>"));
        assertEquals("ann@un.org", SlackText.toPlain("<mailto:ann@un.org|ann@un.org>"));
        assertEquals("Feb 18", SlackText.toPlain("<!date^1392734382^{date}|Feb 18>"));
    }

    @Test
    void entitiesAreDecodedOnlyAfterMarkupSoTypedAngleBracketsSurviveAsText() {
        assertEquals("<!channel> & <b>", SlackText.toPlain("&lt;!channel&gt; &amp; &lt;b&gt;"));
        assertEquals("&amp;", SlackText.toPlain("&amp;amp;"));
    }

    @Test
    void theBotsMentionIsRemovedWhereverItIs() {
        assertEquals("hello", SlackText.stripMention("<@UBOT> hello", "UBOT"));
        assertEquals("hello there", SlackText.stripMention("hello <@UBOT|focal> there", "UBOT"));
        assertEquals("ask <@UOTHER> too", SlackText.stripMention("<@UBOT>, ask <@UOTHER> too", "UBOT"));
        assertEquals("hi", SlackText.stripMention("<@UBOT> hi", null), "a leading mention is the bot's even when its id is unknown");
        assertEquals("", SlackText.stripMention(null, "UBOT"));
    }

    @Test
    void splittingPrefersParagraphsThenLinesThenWordsAndKeepsEverything() {
        String text = "a".repeat(60) + "\n\n" + "b".repeat(30) + " " + "c".repeat(30);
        List<String> parts = SlackText.split(text, 80);
        assertEquals(List.of("a".repeat(60), "b".repeat(30) + " " + "c".repeat(30)), parts);
        parts.forEach(p -> assertTrue(p.length() <= 80));
    }

    @Test
    void splittingNeverCutsAnEntityOrASurrogatePair() {
        String escaped = "x".repeat(8) + "&amp;" + "y".repeat(10);
        for (String part : SlackText.split(escaped, 10)) {
            assertFalse(part.matches(".*&[a-z]{0,3}$"), "cut inside an entity: " + part);
        }
        assertEquals(escaped, String.join("", SlackText.split(escaped, 10)));
        String emoji = "z".repeat(9) + "🤝" + "z".repeat(5);
        for (String part : SlackText.split(emoji, 10)) {
            assertFalse(Character.isHighSurrogate(part.charAt(part.length() - 1)), "cut inside a surrogate pair");
        }
    }

    @Test
    void truncationEndsInAnEllipsisWithinTheLimit() {
        String t = SlackText.truncate("abc &amp; def", 8);
        assertTrue(t.length() <= 8);
        assertEquals("abc …", t);
        assertEquals("short", SlackText.truncate("short", 8));
    }
}
