package org.focalbot.adapters.teams.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.focalbot.bot.Action;
import org.focalbot.bot.Citation;
import org.focalbot.bot.Progress;
import org.focalbot.bot.Reply;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTest {

    final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer(Json.newMapper());

    /** The texts of all text runs, block by block. */
    static List<String> lines(JsonNode card) {
        List<String> out = new ArrayList<>();
        for (JsonNode block : card.path("body")) {
            StringBuilder line = new StringBuilder();
            block.path("inlines").forEach(run -> line.append(run.path("text").asText()));
            out.add(line.toString());
        }
        return out;
    }

    @Test
    void aReplyBecomesAMessageWithOneAdaptiveCardOfVersion14() {
        ObjectNode activity = renderer.activity(Reply.text("Hello"));
        assertEquals("message", activity.path("type").asText());
        JsonNode attachment = activity.path("attachments").get(0);
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.path("contentType").asText());
        assertEquals("AdaptiveCard", attachment.path("content").path("type").asText());
        assertEquals("1.4", attachment.path("content").path("version").asText());
        assertEquals(List.of("Hello"), lines(attachment.path("content")));
        assertFalse(activity.has("text"), "no markdown-rendered text field next to the card");
    }

    @Test
    void eachActionBecomesASubmitButtonCarryingItsNeutralId() {
        List<Action> checklist = List.of(new Action("checklist:done:i-3", "Done"), new Action("checklist:later:i-3", "Not yet"),
                new Action("checklist:skip:i-3", "Skip"), new Action("checklist:why:i-3", "Why?"),
                new Action("checklist:pause", "Pause"));
        ObjectNode card = renderer.card(Reply.withActions("Is there a signed partnership agreement?", checklist));
        JsonNode actions = card.path("actions");
        assertEquals(5, actions.size());
        for (int i = 0; i < checklist.size(); i++) {
            assertEquals("Action.Submit", actions.get(i).path("type").asText());
            assertEquals(checklist.get(i).label(), actions.get(i).path("title").asText());
            assertEquals(checklist.get(i).id(), actions.get(i).path("data").path("focalAction").asText());
        }
    }

    @Test
    void citationsFollowTheAnswerAsASourceLineWithTheirExcerpt() {
        Reply answer = Reply.text("Agree on a fiduciary agent early.").withCitations(List.of(
                new Citation("ILO, A Guide to Multi-Stakeholder Partnerships", "Adaptive planning › Resources",
                        "The partners choose who holds the funds.")));
        ObjectNode card = renderer.card(answer);
        assertEquals(List.of("Agree on a fiduciary agent early.",
                "Source: ILO, A Guide to Multi-Stakeholder Partnerships — Adaptive planning › Resources",
                "“The partners choose who holds the funds.”"), lines(card));
        assertTrue(card.path("body").get(1).path("separator").asBoolean(), "sources are set apart from the answer");
    }

    @Test
    void progressIsShownAboveTheText() {
        ObjectNode card = renderer.card(Reply.text("Next: who convenes the partners?").withProgress(new Progress("Initiating", 7, 24)));
        assertEquals(List.of("Initiating — 7 of 24 done (29%)", "Next: who convenes the partners?"), lines(card));
    }

    @Test
    void linesAndBulletsSurviveWithoutMarkdown() {
        ObjectNode card = renderer.card(Reply.text("I can help with:\n- questions\n- checklists\n\nAsk away."));
        assertEquals(List.of("I can help with:", "• questions", "• checklists", "Ask away."), lines(card));
        assertEquals("Medium", card.path("body").get(3).path("spacing").asText(), "a blank line opens a gap");
        assertEquals("None", card.path("body").get(1).path("spacing").asText());
    }

    @Test
    void userTextIsShownAsTypedSoItCannotBecomeALinkOrAMention() {
        String note = "Mayor agreed [see minutes](https://evil.example/x) <at>Everyone</at> **urgent**";
        ObjectNode activity = renderer.activity(Reply.text("Saved: " + note));
        JsonNode card = activity.path("attachments").get(0).path("content");
        for (JsonNode block : card.path("body")) {
            assertEquals("RichTextBlock", block.path("type").asText(), "text runs are plain text by schema; TextBlock is markdown");
            block.path("inlines").forEach(run -> assertEquals("TextRun", run.path("type").asText()));
        }
        assertEquals(List.of("Saved: " + note), lines(card));
        assertNull(card.get("msteams"), "no mention entities, so nothing in the card can notify anyone");
        assertFalse(activity.has("entities"));
    }

    @Test
    void controlAndDirectionOverrideCharactersAreDropped() {
        ObjectNode card = renderer.card(Reply.text("budget\u202e fdp.exe\u0007 ok\r\nnext"));
        assertEquals(List.of("budget fdp.exe ok", "next"), lines(card));
    }

    @Test
    void aLongExcerptIsClipped() {
        Reply answer = Reply.text("x").withCitations(List.of(new Citation("Doc", "", "a".repeat(1000))));
        String excerpt = lines(renderer.card(answer)).get(2);
        assertEquals(AdaptiveCardRenderer.MAX_EXCERPT + 2, excerpt.length(), "clipped to the limit, plus quotes");
        assertTrue(excerpt.endsWith("…”"));
    }
}
