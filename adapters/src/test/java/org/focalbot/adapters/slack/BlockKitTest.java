package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.focalbot.bot.Action;
import org.focalbot.bot.Citation;
import org.focalbot.bot.Progress;
import org.focalbot.bot.Reply;
import org.junit.jupiter.api.Test;

class BlockKitTest {

    private final BlockKit kit = new BlockKit(new ObjectMapper());

    @Test
    void aReplyBecomesASectionAProgressLineACitationLineAndButtons() {
        Reply reply = new Reply("Is the steering committee agreed?",
                List.of(new Action("checklist:done:init-3", "Done"), new Action("checklist:skip:init-3", "Skip")),
                List.of(new Citation("ILO, A Guide to Multi-Stakeholder Partnerships", "Initiating › Governance", null)),
                new Progress("Initiating", 3, 12));

        List<SlackMessage> messages = kit.messages(List.of(reply));

        assertEquals(1, messages.size());
        JsonNode blocks = messages.get(0).blocks();
        assertEquals(List.of("section", "context", "context", "actions"), types(blocks));
        assertEquals("mrkdwn", blocks.get(0).path("text").path("type").asText());
        assertEquals("*Initiating*  ▰▰▰▱▱▱▱▱▱▱  3 of 12", blocks.get(1).path("elements").get(0).path("text").asText());
        assertEquals("Source: ILO, A Guide to Multi-Stakeholder Partnerships — Initiating › Governance",
                blocks.get(2).path("elements").get(0).path("text").asText());
        JsonNode done = blocks.get(3).path("elements").get(0);
        assertEquals("button", done.path("type").asText());
        assertEquals("checklist:done:init-3", done.path("action_id").asText());
        assertEquals("Done", done.path("text").path("text").asText());
        assertEquals("Is the steering committee agreed?", messages.get(0).text());
    }

    @Test
    void everyTextObjectHoldsAtMost3000CharactersAndEveryMessageAtMost50Blocks() {
        List<Reply> replies = new ArrayList<>();
        IntStream.range(0, 120).forEach(i -> replies.add(Reply.text("Item " + i)));
        replies.add(Reply.text("x".repeat(7000)));

        List<SlackMessage> messages = kit.messages(replies);

        assertTrue(messages.size() >= 3);
        for (SlackMessage m : messages) {
            assertTrue(m.blocks().size() <= 50, m.blocks().size() + " blocks");
            assertTrue(m.text().length() <= BlockKit.MAX_FALLBACK);
            int chars = 0;
            for (JsonNode block : m.blocks()) {
                String text = block.path("text").path("text").asText();
                assertTrue(text.length() <= 3000, text.length() + " characters");
                chars += text.length();
            }
            assertTrue(chars <= BlockKit.MAX_MESSAGE_CHARS, chars + " characters in one message");
        }
        assertEquals(50, messages.get(0).blocks().size(), "the block limit, not the size limit, cut the first message");
        long sections = messages.stream().mapToLong(m -> m.blocks().size()).sum();
        assertEquals(120 + 3, sections, "7,000 characters become three sections, nothing is dropped");
    }

    @Test
    void buttonsBeyondTwentyFivePerBlockGoToAnotherActionsBlockAndRepeatedIdsAreDropped() {
        List<Action> many = IntStream.range(0, 30).mapToObj(i -> new Action("pick:" + i, "Option " + i)).toList();
        List<SlackMessage> messages = kit.messages(List.of(Reply.withActions("Pick one", many),
                Reply.withActions("Again", List.of(new Action("pick:0", "Option 0"), new Action("help:ask", "Ask")))));

        JsonNode blocks = messages.get(0).blocks();
        assertEquals(List.of("section", "actions", "actions", "section", "actions"), types(blocks));
        assertEquals(25, blocks.get(1).path("elements").size());
        assertEquals(5, blocks.get(2).path("elements").size());
        assertEquals("help:ask", blocks.get(4).path("elements").get(0).path("action_id").asText());
        assertEquals(1, blocks.get(4).path("elements").size(), "Slack refuses a message with one action id twice");
    }

    @Test
    void userTextIsEscapedInTextLabelsCitationsAndProgress() {
        String evil = "<!channel> & <@U123>";
        Reply reply = new Reply(evil, List.of(new Action("x:1", evil)), List.of(new Citation(evil, evil, null)),
                new Progress(evil, 0, 1));
        String json = kit.messages(List.of(reply)).get(0).blocksJson();
        assertTrue(!json.contains("<!channel>") && !json.contains("<@U123>"), json);
        assertTrue(json.contains("&lt;!channel&gt; &amp; &lt;@U123&gt;"));
        assertTrue(kit.messages(List.of(reply)).get(0).text().startsWith("&lt;!channel&gt;"));
    }

    @Test
    void longButtonLabelsAreShortenedAndOverlongActionIdsLeftOut() {
        List<SlackMessage> messages = kit.messages(List.of(Reply.withActions("Choose",
                List.of(new Action("a:1", "L".repeat(200)), new Action("b:" + "9".repeat(300), "Too long an id")))));
        JsonNode buttons = messages.get(0).blocks().get(1).path("elements");
        assertEquals(1, buttons.size());
        assertEquals(75, buttons.get(0).path("text").path("text").asText().length());
    }

    @Test
    void nothingToSayMakesNoMessage() {
        assertTrue(kit.messages(List.of()).isEmpty());
        assertTrue(kit.messages(List.of(Reply.text("  "))).isEmpty());
    }

    @Test
    void theHomeViewHasAHeaderDividersBetweenRepliesAndAtMost100Blocks() {
        ObjectNode view = kit.homeView("Focal Point Assistant",
                List.of(Reply.text("Water Alliance — initiating, 3 of 12"), Reply.text("Health Compact — planning")), "D0DM");
        assertEquals("home", view.path("type").asText());
        assertEquals("D0DM", view.path("private_metadata").asText());
        assertEquals(List.of("header", "section", "divider", "section"), types(view.path("blocks")));

        List<Reply> lots = IntStream.range(0, 80).mapToObj(i -> Reply.text("Partnership " + i)).toList();
        JsonNode blocks = kit.homeView("Focal Point Assistant", lots, null).path("blocks");
        assertEquals(100, blocks.size());
        assertEquals("context", blocks.get(99).path("type").asText(), "the cut is said, not silent");
    }

    private static List<String> types(JsonNode blocks) {
        List<String> types = new ArrayList<>();
        blocks.forEach(b -> types.add(b.path("type").asText()));
        return types;
    }
}
