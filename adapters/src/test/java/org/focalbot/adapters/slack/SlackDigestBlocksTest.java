package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.focalbot.adapters.digest.SeededWeek;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.digest.DigestText;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

/** The digest as Block Kit: the seeded week exactly, Slack's limits on big weeks, and hostile note text. */
class SlackDigestBlocksTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final SlackDigestBlocks blocks = new SlackDigestBlocks(mapper);

    /** Every text string in the blocks, at any depth. */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("text") && f.getValue().isTextual()) {
                    out.add(f.getValue().asText());
                } else {
                    out.addAll(texts(f.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(texts(n)));
        }
        return out;
    }

    private static int number(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no match for " + pattern + " in " + text);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theSeededWeekRendersExactlyAsTheGoldenBlockKit() throws Exception {
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("/digest/slack-seeded-week.json")) {
            golden = mapper.readTree(in);
        }
        SlackMessage message = blocks.render(SeededWeek.seeded());
        assertEquals(golden, message.blocks(), message.blocks().toPrettyString());
        assertEquals("Weekly partnership digest · 16 Nov – 23 Nov 2026: 4 new notes · 1 checklist item done · "
                + "2 open actions (1 overdue) · 1 phase change", message.text());
    }

    @Test
    void eightySmallPartnershipsStayWithinFiftyBlocksAndSayHowManyMore() {
        Digest d = SeededWeek.busy(80, 0);
        // Trim each partnership to one short line so that the block limit, not the size, is what binds.
        List<Digest.Section> small = d.active().stream().map(s -> new Digest.Section(s.partnershipId(), s.name(), 0,
                List.of(), List.of(), List.of("moved on"), List.of())).toList();
        Digest smallWeek = new Digest(d.workspace(), d.from(), d.to(), d.zone(), d.headline(), small, List.of("Quiet one"));

        JsonNode out = blocks.render(smallWeek).blocks();

        assertEquals(BlockKit.MAX_MESSAGE_BLOCKS, out.size());
        long sections = 0;
        for (JsonNode b : out) {
            sections += b.path("type").asText().equals("section") ? 1 : 0;
        }
        String more = out.get(out.size() - 2).path("elements").get(0).path("text").asText();
        assertEquals(DigestText.more(80 - (int) sections, "partnerships"), more);
        assertEquals("Nothing new for Quiet one.", out.get(out.size() - 1).path("elements").get(0).path("text").asText());
    }

    @Test
    void eightyBusyPartnershipsStayWithinEveryLimit() {
        SlackMessage message = blocks.render(SeededWeek.busy(80, 300));
        JsonNode out = message.blocks();

        assertTrue(out.size() <= BlockKit.MAX_MESSAGE_BLOCKS, "blocks: " + out.size());
        int total = 0;
        for (String text : texts(out)) {
            assertTrue(text.length() <= BlockKit.MAX_TEXT, "a text of " + text.length() + " characters");
            total += text.length();
        }
        assertTrue(total <= BlockKit.MAX_MESSAGE_CHARS, "all texts together: " + total);
        long shown = 0;
        for (JsonNode b : out) {
            shown += b.path("type").asText().equals("section") ? 1 : 0;
        }
        assertTrue(shown >= 5, "only " + shown + " partnerships shown");
        String all = String.join("\n", texts(out));
        assertEquals(80 - shown, number(all, Pattern.compile("and (\\d+) more partnerships\\n")));
        String quiet = out.get(out.size() - 1).path("elements").get(0).path("text").asText();
        assertTrue(quiet.startsWith("Nothing new for Quiet partnership 0, Quiet partnership 1"), quiet);
        int shownQuiet = quiet.split(", ").length - 1;
        assertEquals(300 - shownQuiet, number(quiet, Pattern.compile(", and (\\d+) more partnerships\\.$")), quiet);
    }

    @Test
    void aPartnershipWithMoreThanFitsInOneSectionIsCutWithAndNMoreItems() {
        JsonNode out = blocks.render(SeededWeek.manyOpenActions(100)).blocks();
        // Open actions alone make a quiet week: its line comes first, then the partnership.
        assertEquals(DigestText.quietWeek(), out.get(2).path("text").path("text").asText());
        String section = out.get(3).path("text").path("text").asText();

        assertTrue(section.length() <= BlockKit.MAX_TEXT, "section of " + section.length());
        assertTrue(section.startsWith("*Big Partnership*\n• *Overdue:* Action "), section);
        long listed = section.lines().filter(l -> l.startsWith("• *Overdue:*")).count();
        assertEquals(100 - listed, number(section, Pattern.compile("\\n• and (\\d+) more items$")));
    }

    @Test
    void aQuietWeekSaysSoInOneLine() {
        JsonNode out = blocks.render(SeededWeek.quiet()).blocks();
        assertEquals(List.of("Weekly partnership digest · 16 Nov – 23 Nov 2026",
                "0 new notes · 0 checklist items done · 0 open actions", DigestText.quietWeek(),
                "Nothing new for Health Alliance, Skills Alliance."), texts(out));
    }

    @Test
    void noteTextCanNeitherPingNorLinkNorFormatTheLayout() {
        SlackMessage message = blocks.render(SeededWeek.hostile());
        String payload = message.blocksJson() + message.text();

        for (String ping : List.of("<!channel>", "<!here>", "<@U123>", "<@U999>", "<https://", "<at>")) {
            assertFalse(payload.contains(ping), ping + " reached Slack unescaped: " + payload);
        }
        String section = message.blocks().get(2).path("text").path("text").asText();
        assertTrue(section.contains("“&lt;!channel&gt; &lt;@U123&gt; see &lt;https://evil.example|the MoU&gt; "
                + "or [prize](https://evil.example) &lt;at&gt;All&lt;/at&gt; &amp; more” — Mallory &lt;@U999&gt;, 18 Nov"), section);
        assertTrue(section.startsWith("*Alliance &lt;!here&gt; &gt; quoted*\n"), "a line break in a name starts no quote: " + section);
        for (JsonNode b : message.blocks()) {
            JsonNode text = b.has("elements") ? b.path("elements").get(0) : b.path("text");
            if (text.path("type").asText().equals("mrkdwn")) {
                assertTrue(text.path("verbatim").asBoolean(), "mrkdwn without verbatim: " + b);
            }
        }
    }
}
