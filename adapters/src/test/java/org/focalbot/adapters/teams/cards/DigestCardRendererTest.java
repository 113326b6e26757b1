package org.focalbot.adapters.teams.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.focalbot.adapters.digest.SeededWeek;
import org.focalbot.bot.digest.DigestText;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

/** The digest as an Adaptive Card: the seeded week exactly, size limits on big weeks, and hostile note text. */
class DigestCardRendererTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final DigestCardRenderer renderer = new DigestCardRenderer(mapper);

    /** Each rich text block's runs joined, in card order, containers included. */
    static List<String> lines(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : node.has("body") ? node.path("body") : node.path("items")) {
            if (element.path("type").asText().equals("Container")) {
                out.addAll(lines(element));
            } else {
                StringBuilder line = new StringBuilder();
                element.path("inlines").forEach(run -> line.append(run.path("text").asText()));
                out.add(line.toString());
            }
        }
        return out;
    }

    /** The type of every element with a "type", at any depth. */
    static Set<String> types(JsonNode node, Set<String> into) {
        if (node.has("type")) {
            into.add(node.path("type").asText());
        }
        node.forEach(child -> types(child, into));
        return into;
    }

    private static int number(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no match for " + pattern + " in " + text);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theSeededWeekRendersExactlyAsTheGoldenCard() throws Exception {
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("/digest/teams-seeded-week.json")) {
            golden = mapper.readTree(in);
        }
        ObjectNode card = renderer.card(SeededWeek.seeded());
        assertEquals(golden, card, card.toPrettyString());
    }

    @Test
    void theActivityCarriesOnlyTheCardAndOurOwnSummary() {
        ObjectNode activity = renderer.activity(SeededWeek.seeded());
        assertEquals("message", activity.path("type").asText());
        assertEquals("Weekly partnership digest · 16 Nov – 23 Nov 2026", activity.path("summary").asText());
        assertFalse(activity.has("text"), "no markdown-rendered text next to the card");
        assertEquals(1, activity.path("attachments").size());
        JsonNode attachment = activity.path("attachments").get(0);
        assertEquals(AdaptiveCardRenderer.CONTENT_TYPE, attachment.path("contentType").asText());
        assertEquals("1.4", attachment.path("content").path("version").asText());
    }

    @Test
    void eightyBusyPartnershipsStayWithinTheSizeLimitAndSayHowManyMore() {
        ObjectNode card = renderer.card(SeededWeek.busy(80, 300));

        assertTrue(card.toString().length() <= DigestCardRenderer.MAX_CARD_CHARS, "card of " + card.toString().length());
        long shown = 0;
        for (JsonNode element : card.path("body")) {
            shown += element.path("type").asText().equals("Container") ? 1 : 0;
        }
        assertTrue(shown >= 5, "only " + shown + " partnerships shown");
        List<String> lines = lines(card);
        assertEquals(DigestText.more(80 - (int) shown, "partnerships"), lines.get(lines.size() - 2));
        String quiet = lines.get(lines.size() - 1);
        assertTrue(quiet.length() <= DigestCardRenderer.MAX_QUIET_LINE, quiet);
        int shownQuiet = quiet.split(", ").length - 1;
        assertEquals(300 - shownQuiet, number(quiet, Pattern.compile(", and (\\d+) more partnerships\\.$")), quiet);
    }

    @Test
    void aPartnershipWithManyActionsShowsTheFirstOnesAndHowManyMore() {
        List<String> lines = lines(renderer.card(SeededWeek.manyOpenActions(30)));
        assertEquals(List.of("Weekly partnership digest · 16 Nov – 23 Nov 2026",
                "0 new notes · 0 checklist items done · 30 open actions (30 overdue)", DigestText.quietWeek(),
                "Big Partnership"), lines.subList(0, 4));
        List<String> actions = lines.subList(4, lines.size());
        assertEquals(DigestCardRenderer.MAX_LINES_PER_PARTNERSHIP, actions.size());
        actions.subList(0, actions.size() - 1).forEach(l -> assertTrue(l.startsWith("• Overdue: Action "), l));
        assertEquals("• " + DigestText.more(30 - (DigestCardRenderer.MAX_LINES_PER_PARTNERSHIP - 1), "items"),
                actions.get(actions.size() - 1));
    }

    @Test
    void aQuietWeekSaysSoInOneLine() {
        assertEquals(List.of("Weekly partnership digest · 16 Nov – 23 Nov 2026",
                "0 new notes · 0 checklist items done · 0 open actions", DigestText.quietWeek(),
                "Nothing new for Health Alliance, Skills Alliance."), lines(renderer.card(SeededWeek.quiet())));
    }

    @Test
    void noteTextArrivesAsPlainTextRunsThatCanNeitherLinkNorMention() {
        ObjectNode activity = renderer.activity(SeededWeek.hostile());
        JsonNode card = activity.path("attachments").get(0).path("content");

        List<String> lines = lines(card);
        assertTrue(lines.contains("“" + SeededWeek.HOSTILE_NOTE + "” — Mallory <@U999>, 18 Nov"), lines.toString());
        assertTrue(lines.contains("Alliance <!here> > quoted"), "a line break in a name is flattened: " + lines);
        assertEquals(Set.of("AdaptiveCard", "RichTextBlock", "TextRun", "Container"), types(card, new java.util.TreeSet<>()),
                "only plain text runs: no TextBlock markdown, no actions that could open a URL");
        assertFalse(activity.toString().contains("\"entities\""), "nothing that could mention anyone");
        assertFalse(activity.has("text"));
    }
}
