package org.focalbot.adapters.teams.cards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.focalbot.bot.Action;
import org.focalbot.bot.Citation;
import org.focalbot.bot.Progress;
import org.focalbot.bot.Reply;

/**
 * Renders a neutral {@link Reply} as a message activity carrying one Adaptive Card 1.4: progress
 * on top, the text, the cited sources, and an {@code Action.Submit} button per {@link Action}
 * whose {@code data} carries the action id back to us.
 *
 * <p>Every piece of text goes into {@code RichTextBlock}/{@code TextRun} elements, which the
 * Adaptive Card schema defines as plain text, never markdown. Escaping markdown inside a
 * {@code TextBlock} instead depends on each client's parser (backslash escapes are not honoured
 * everywhere), so a note reading {@code [click](https://evil)} could still become a link; as a
 * text run it is shown exactly as typed. The activity has no {@code text} field either: Teams
 * would render that as markdown, and an {@code <at>} tag there could become a mention. Cards
 * carry no {@code msteams.entities}, so nothing in them can ping anyone.
 */
public final class AdaptiveCardRenderer {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    public static final String VERSION = "1.4";
    /** The key under which an {@code Action.Submit} carries the neutral action id; it comes back in the activity's {@code value}. */
    public static final String ACTION_KEY = "focalAction";
    static final int MAX_EXCERPT = 300;

    private final ObjectMapper mapper;

    public AdaptiveCardRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A message activity (without addressing) whose only attachment is the reply's card. */
    public ObjectNode activity(Reply reply) {
        ObjectNode activity = mapper.createObjectNode();
        activity.put("type", "message");
        ObjectNode attachment = activity.putArray("attachments").addObject();
        attachment.put("contentType", CONTENT_TYPE);
        attachment.set("content", card(reply));
        return activity;
    }

    /** The Adaptive Card for one reply. */
    public ObjectNode card(Reply reply) {
        ObjectNode card = mapper.createObjectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", VERSION);
        ArrayNode body = card.putArray("body");
        if (reply.progress() != null) {
            progress(body, reply.progress());
        }
        text(body, reply.text());
        citations(body, reply);
        if (!reply.actions().isEmpty()) {
            ArrayNode actions = card.putArray("actions");
            for (Action a : reply.actions()) {
                ObjectNode submit = actions.addObject();
                submit.put("type", "Action.Submit");
                submit.put("title", PlainText.clean(a.label()));
                submit.putObject("data").put(ACTION_KEY, a.id());
            }
        }
        return card;
    }

    private void progress(ArrayNode body, Progress p) {
        ArrayNode runs = richText(body, null);
        if (p.label() != null && !p.label().isBlank()) {
            run(runs, PlainText.clean(p.label())).put("weight", "Bolder");
            run(runs, " — ");
        }
        int percent = p.total() == 0 ? 100 : Math.round(100f * p.done() / p.total());
        run(runs, p.done() + " of " + p.total() + " done (" + percent + "%)");
    }

    /** One rich text block per line, so line breaks survive without relying on markdown. */
    private void text(ArrayNode body, String text) {
        boolean first = true;
        boolean gap = false;
        for (String line : PlainText.clean(text).split("\n", -1)) {
            if (line.isBlank()) {
                gap = !first;
                continue;
            }
            String shown = line.startsWith("- ") ? "• " + line.substring(2) : line;
            // Lines of one paragraph sit tight together; a blank line opens a gap.
            ArrayNode runs = richText(body, first ? null : gap ? "Medium" : "None");
            run(runs, shown);
            first = false;
            gap = false;
        }
    }

    private void citations(ArrayNode body, Reply reply) {
        boolean first = true;
        for (Citation c : reply.citations()) {
            ObjectNode block = body.addObject();
            block.put("type", "RichTextBlock");
            if (first) {
                block.put("separator", true);
                block.put("spacing", "Medium");
                first = false;
            }
            ArrayNode runs = block.putArray("inlines");
            run(runs, "Source: ").put("isSubtle", true).put("size", "Small");
            run(runs, PlainText.clean(c.label())).put("isSubtle", true).put("size", "Small").put("weight", "Bolder");
            if (c.excerpt() != null && !c.excerpt().isBlank()) {
                ArrayNode excerpt = richText(body, "Small");
                run(excerpt, "“" + PlainText.clip(PlainText.clean(c.excerpt()), MAX_EXCERPT) + "”")
                        .put("isSubtle", true).put("size", "Small").put("italic", true);
            }
        }
    }

    private static ArrayNode richText(ArrayNode body, String spacing) {
        ObjectNode block = body.addObject();
        block.put("type", "RichTextBlock");
        if (spacing != null) {
            block.put("spacing", spacing);
        }
        return block.putArray("inlines");
    }

    private static ObjectNode run(ArrayNode inlines, String text) {
        ObjectNode run = inlines.addObject();
        run.put("type", "TextRun");
        run.put("text", text);
        return run;
    }
}
