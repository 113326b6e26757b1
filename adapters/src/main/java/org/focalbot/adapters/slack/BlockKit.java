package org.focalbot.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.focalbot.bot.Action;
import org.focalbot.bot.Citation;
import org.focalbot.bot.Progress;
import org.focalbot.bot.Reply;

/**
 * Renders the core's replies as Block Kit: a section per text piece, a context line for
 * progress and one for citations, and buttons whose {@code action_id} is the neutral action id.
 * Everything user-visible is escaped, and output stays within Slack's limits.
 */
public final class BlockKit {

    /** Characters in one text object. */
    static final int MAX_TEXT = 3000;
    /** Blocks in one message. */
    static final int MAX_MESSAGE_BLOCKS = 50;
    /** Blocks in a Home tab view. */
    static final int MAX_VIEW_BLOCKS = 100;
    /**
     * Characters of text per message. Slack echoes the whole message back in every button click,
     * and the server refuses bodies over 64 KiB, so a message stays well below that.
     */
    static final int MAX_MESSAGE_CHARS = 8000;
    static final int MAX_BUTTONS_PER_BLOCK = 25;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    static final int MAX_BUTTON_LABEL = 75;
    static final int MAX_ACTION_ID = 255;
    static final int MAX_FALLBACK = 300;

    private final ObjectMapper mapper;

    public BlockKit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The replies as messages, in order, each within Slack's block and size limits; none for nothing to say. */
    public List<SlackMessage> messages(List<Reply> replies) {
        List<SlackMessage> messages = new ArrayList<>();
        ArrayNode current = mapper.createArrayNode();
        int chars = 0;
        Set<String> actionIds = new HashSet<>();
        for (Reply reply : replies) {
            for (ObjectNode block : blocks(reply)) {
                int size = textSize(block);
                boolean full = current.size() >= MAX_MESSAGE_BLOCKS || (chars + size > MAX_MESSAGE_CHARS && !current.isEmpty());
                if (full) {
                    messages.add(message(current));
                    current = mapper.createArrayNode();
                    chars = 0;
                    actionIds.clear();
                }
                if (uniqueActions(block, actionIds)) {
                    current.add(block);
                    chars += size;
                }
            }
        }
        if (!current.isEmpty()) {
            messages.add(message(current));
        }
        return messages;
    }

    /** A Home tab view: a header, then each reply separated by a divider, at most 100 blocks. */
    public ObjectNode homeView(String title, List<Reply> replies, String privateMetadata) {
        ArrayNode blocks = mapper.createArrayNode();
        blocks.add(header(title));
        Set<String> actionIds = new HashSet<>();
        List<ObjectNode> body = new ArrayList<>();
        for (Reply reply : replies) {
            if (!body.isEmpty()) {
                body.add(mapper.createObjectNode().put("type", "divider"));
            }
            for (ObjectNode block : blocks(reply)) {
                if (uniqueActions(block, actionIds)) {
                    body.add(block);
                }
            }
        }
        int room = MAX_VIEW_BLOCKS - 1;
        if (body.size() > room) {
            int kept = room - 1;
            body = new ArrayList<>(body.subList(0, kept));
            body.add(context(List.of("…and more. Ask me in a message for the full list.")));
        }
        body.forEach(blocks::add);
        ObjectNode view = mapper.createObjectNode().put("type", "home");
        view.set("blocks", blocks);
        if (privateMetadata != null) {
            view.put("private_metadata", privateMetadata);
        }
        return view;
    }

    /** The blocks for one reply. */
    List<ObjectNode> blocks(Reply reply) {
        List<ObjectNode> blocks = new ArrayList<>();
        if (!reply.text().isBlank()) {
            for (String piece : SlackText.split(SlackText.escape(reply.text().strip()), MAX_TEXT)) {
                blocks.add(section(piece));
            }
        }
        if (reply.progress() != null) {
            blocks.add(context(List.of(progressLine(reply.progress()))));
        }
        if (!reply.citations().isEmpty()) {
            blocks.add(context(citationLines(reply.citations())));
        }
        List<Action> actions = reply.actions().stream().filter(a -> a.id().length() <= MAX_ACTION_ID).toList();
        for (int from = 0; from < actions.size(); from += MAX_BUTTONS_PER_BLOCK) {
            blocks.add(actionsBlock(actions.subList(from, Math.min(actions.size(), from + MAX_BUTTONS_PER_BLOCK))));
        }
        return blocks;
    }

    private SlackMessage message(ArrayNode blocks) {
        StringBuilder fallback = new StringBuilder();
        for (var block : blocks) {
            if ("section".equals(block.path("type").asText())) {
                fallback.append(block.path("text").path("text").asText());
                break;
            }
        }
        String text = fallback.isEmpty() ? "Focal Point Assistant" : fallback.toString();
        return new SlackMessage(SlackText.truncate(text, MAX_FALLBACK), blocks);
    }

    private ObjectNode section(String escapedText) {
        ObjectNode block = mapper.createObjectNode().put("type", "section");
        block.set("text", mrkdwn(escapedText));
        return block;
    }

    private ObjectNode header(String title) {
        ObjectNode block = mapper.createObjectNode().put("type", "header");
        block.set("text", plain(SlackText.truncate(SlackText.escape(title), 150)));
        return block;
    }

    private ObjectNode context(List<String> escapedLines) {
        ObjectNode block = mapper.createObjectNode().put("type", "context");
        ArrayNode elements = block.putArray("elements");
        escapedLines.forEach(line -> elements.add(mrkdwn(SlackText.truncate(line, MAX_TEXT))));
        return block;
    }

    private ObjectNode actionsBlock(List<Action> actions) {
        ObjectNode block = mapper.createObjectNode().put("type", "actions");
        ArrayNode elements = block.putArray("elements");
        for (Action action : actions) {
            ObjectNode button = mapper.createObjectNode().put("type", "button");
            button.set("text", plain(SlackText.truncate(SlackText.escape(action.label()), MAX_BUTTON_LABEL)));
            button.put("action_id", action.id());
            button.put("value", action.id());
            elements.add(button);
        }
        return block;
    }

    private static String progressLine(Progress p) {
        int filled = p.total() == 0 ? 0 : Math.round(10f * p.done() / p.total());
        String bar = "▰".repeat(filled) + "▱".repeat(10 - filled);
        String label = p.label() == null || p.label().isBlank() ? "Progress" : SlackText.escape(p.label());
        return "*" + label + "*  " + bar + "  " + p.done() + " of " + p.total();
    }

    private static List<String> citationLines(List<Citation> citations) {
        List<String> lines = new ArrayList<>();
        int shown = citations.size() > MAX_CONTEXT_ELEMENTS ? MAX_CONTEXT_ELEMENTS - 1 : citations.size();
        for (int i = 0; i < shown; i++) {
            lines.add((i == 0 ? "Source: " : "") + SlackText.escape(citations.get(i).label()));
        }
        if (shown < citations.size()) {
            lines.add("and " + (citations.size() - shown) + " more");
        }
        return lines;
    }

    /** Keeps a block only if its buttons' ids are new in this message: Slack refuses duplicate action ids. */
    private static boolean uniqueActions(ObjectNode block, Set<String> seen) {
        if (!"actions".equals(block.path("type").asText())) {
            return true;
        }
        ArrayNode elements = (ArrayNode) block.get("elements");
        List<JsonNode> kept = new ArrayList<>();
        elements.forEach(button -> {
            if (seen.add(button.path("action_id").asText())) {
                kept.add(button);
            }
        });
        elements.removeAll();
        elements.addAll(kept);
        return !elements.isEmpty();
    }

    /** Characters in all the block's text strings, at any depth. */
    private static int textSize(JsonNode node) {
        int size = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            boolean text = f.getKey().equals("text") && f.getValue().isTextual();
            size += text ? f.getValue().asText().length() : textSize(f.getValue());
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                size += textSize(element);
            }
        }
        return size;
    }

    private ObjectNode mrkdwn(String escapedText) {
        return mapper.createObjectNode().put("type", "mrkdwn").put("text", escapedText);
    }

    private ObjectNode plain(String escapedText) {
        return mapper.createObjectNode().put("type", "plain_text").put("text", escapedText).put("emoji", true);
    }
}
