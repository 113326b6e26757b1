package org.focalbot.adapters.teams.cards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.digest.DigestText;

/**
 * Renders a weekly {@link Digest} as one Adaptive Card 1.4: title and headline counts, a container per
 * partnership with activity (note excerpts with their authors, phase changes, done items, open
 * actions with the overdue ones first and in the attention colour), then the quiet partnerships in
 * one line. Long digests are cut with "and N more" lines worded by {@link DigestText}: at most
 * {@value #MAX_LINES_PER_PARTNERSHIP} lines per partnership and {@value #MAX_CARD_CHARS} characters of
 * card, well below the Bot Connector's message size limit (40 KB counted in UTF-16 in older tenants).
 *
 * <p>As in {@link AdaptiveCardRenderer}, every piece of text is a {@code TextRun}, which the card
 * schema defines as plain text: a note reading {@code [prize](https://…)} or {@code <at>All</at>}
 * is shown exactly as typed and can neither link nor mention.
 */
public final class DigestCardRenderer {

    static final int MAX_LINES_PER_PARTNERSHIP = 12;
    static final int MAX_CARD_CHARS = 16_000;
    static final int MAX_LINE = 600;
    static final int MAX_QUIET_LINE = 1500;
    /** Room kept for the "and N more partnerships" block and the card's closing. */
    static final int RESERVE = 400;

    private final ObjectMapper mapper;

    public DigestCardRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A message activity (without addressing) whose only attachment is the digest's card. */
    public ObjectNode activity(Digest d) {
        ObjectNode activity = mapper.createObjectNode();
        activity.put("type", "message");
        // Shown in notifications and by clients without cards; our own wording only, no user text.
        activity.put("summary", DigestText.title(d));
        ObjectNode attachment = activity.putArray("attachments").addObject();
        attachment.put("contentType", AdaptiveCardRenderer.CONTENT_TYPE);
        attachment.set("content", card(d));
        return activity;
    }

    /** The digest's Adaptive Card, within {@link #MAX_CARD_CHARS}. */
    public ObjectNode card(Digest d) {
        ObjectNode card = mapper.createObjectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", AdaptiveCardRenderer.VERSION);
        // Digests are read like a report: use the channel's full width.
        card.putObject("msteams").put("width", "Full");
        ArrayNode body = card.putArray("body");
        run(richText(body, null), DigestText.title(d)).put("size", "Large").put("weight", "Bolder");
        run(richText(body, "None"), DigestText.headline(d)).put("isSubtle", true);
        if (d.quiet()) {
            run(richText(body, "Medium"), DigestText.quietWeek());
        }
        ObjectNode quiet = null;
        if (!d.quietNames().isEmpty()) {
            quiet = block("Medium", true);
            run(quiet.putArray("inlines"), quietLine(d.quietNames())).put("isSubtle", true);
        }

        int used = size(card) + (quiet == null ? 0 : size(quiet) + 1);
        int shown = 0;
        for (Digest.Section s : d.active()) {
            ObjectNode container = section(s, d);
            int add = size(container) + 1;
            if (used + add > MAX_CARD_CHARS - RESERVE) {
                break;
            }
            body.add(container);
            used += add;
            shown++;
        }
        int hidden = d.active().size() - shown;
        if (hidden > 0) {
            ObjectNode more = block("Medium", true);
            run(more.putArray("inlines"), DigestText.more(hidden, hidden == 1 ? "partnership" : "partnerships"))
                    .put("weight", "Bolder");
            body.add(more);
        }
        if (quiet != null) {
            body.add(quiet);
        }
        return card;
    }

    /** One partnership: its name, then at most {@link #MAX_LINES_PER_PARTNERSHIP} lines. */
    private ObjectNode section(Digest.Section s, Digest d) {
        ObjectNode container = mapper.createObjectNode();
        container.put("type", "Container");
        container.put("separator", true);
        container.put("spacing", "Medium");
        ArrayNode items = container.putArray("items");
        run(richText(items, null), clip(s.name())).put("weight", "Bolder").put("size", "Medium");

        List<ObjectNode> lines = new ArrayList<>();
        if (s.noteCount() > 0) {
            lines.add(line("Small", "• " + DigestText.notesLine(s)));
            for (Digest.Excerpt e : s.excerpts()) {
                ObjectNode excerpt = line("None", "“" + clip(e.text()) + "”");
                run((ArrayNode) excerpt.get("inlines"), " — " + clip(DigestText.excerptAttribution(e, d))).put("isSubtle", true);
                ((ObjectNode) excerpt.get("inlines").get(0)).put("italic", true);
                lines.add(excerpt);
            }
        }
        s.phaseChanges().forEach(c -> lines.add(line("None", "• " + clip(DigestText.phaseLine(c)))));
        s.completed().forEach(c -> lines.add(line("None", "• " + clip(DigestText.doneLine(c)))));
        for (Digest.Open o : s.open()) {
            ObjectNode open = line("None", "• " + clip(DigestText.openLine(o)));
            if (o.overdue()) {
                ((ObjectNode) open.get("inlines").get(0)).put("color", "Attention").put("weight", "Bolder");
            }
            lines.add(open);
        }
        int keep = lines.size() <= MAX_LINES_PER_PARTNERSHIP ? lines.size() : MAX_LINES_PER_PARTNERSHIP - 1;
        lines.subList(0, keep).forEach(items::add);
        int cut = lines.size() - keep;
        if (cut > 0) {
            run(richText(items, "None"), "• " + DigestText.more(cut, cut == 1 ? "item" : "items")).put("isSubtle", true);
        }
        return container;
    }

    /** A rich text block of one run, not yet placed in the card. */
    private ObjectNode line(String spacing, String text) {
        ObjectNode block = mapper.createObjectNode();
        block.put("type", "RichTextBlock");
        block.put("spacing", spacing);
        run(block.putArray("inlines"), text);
        return block;
    }

    /** "Nothing new for A, B, and N more partnerships." within {@link #MAX_QUIET_LINE}. */
    static String quietLine(List<String> names) {
        String all = PlainText.clean(DigestText.quietPartnerships(names));
        if (all.length() <= MAX_QUIET_LINE) {
            return all;
        }
        List<String> shown = new ArrayList<>();
        int length = 0;
        for (String n : names) {
            int add = PlainText.clean(n).length() + 2;
            if (length + add > MAX_QUIET_LINE - 60) {
                break;
            }
            shown.add(n);
            length += add;
        }
        int rest = names.size() - shown.size();
        shown.add(DigestText.more(rest, rest == 1 ? "partnership" : "partnerships"));
        return PlainText.clip(PlainText.clean(DigestText.quietPartnerships(shown)), MAX_QUIET_LINE);
    }

    /** User text on one line, clean and not too long. */
    private static String clip(String s) {
        return PlainText.clip(PlainText.clean(s).replaceAll("[\\n\\t]+", " ").strip(), MAX_LINE);
    }

    private ObjectNode block(String spacing, boolean separator) {
        ObjectNode block = mapper.createObjectNode();
        block.put("type", "RichTextBlock");
        if (separator) {
            block.put("separator", true);
        }
        block.put("spacing", spacing);
        return block;
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

    private static int size(ObjectNode node) {
        return node.toString().length();
    }
}
