package org.focalbot.adapters.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.digest.DigestText;

/**
 * Renders a weekly {@link Digest} as one Block Kit message: a header, the headline counts, a section
 * per partnership with activity, then the quiet partnerships in one line. It stays within Slack's
 * limits (50 blocks, 3,000 characters per text, and a total well below the size at which Slack
 * answers {@code msg_blocks_too_long}), cutting with "and N more" lines worded by {@link DigestText}.
 *
 * <p>User text has {@code &}, {@code <} and {@code >} escaped, and every mrkdwn text is
 * {@code verbatim}: Slack then neither turns a bare "@here" or "#channel" into a mention nor a URL
 * into a link, so nothing a note says can notify anyone or hide a link behind other words.
 */
public final class SlackDigestBlocks {

    static final int MAX_HEADER = 150;
    /** The longest single line (an excerpt, an action) before it is shortened. */
    static final int MAX_LINE = 600;
    static final int MAX_NAME = 200;
    /** The quiet partnerships' line gets at most this much, so it cannot crowd out the active ones. */
    static final int MAX_QUIET_LINE = 1500;
    /** Room kept for an "and N more …" line. */
    static final int MORE_RESERVE = 40;

    private final ObjectMapper mapper;

    public SlackDigestBlocks(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The digest as one message, within Slack's limits. */
    public SlackMessage render(Digest d) {
        ArrayNode blocks = mapper.createArrayNode();
        String title = SlackText.truncate(SlackText.escape(flat(DigestText.title(d))), MAX_HEADER);
        String headline = SlackText.escape(DigestText.headline(d));
        blocks.add(header(title));
        blocks.add(context(headline));
        int chars = title.length() + headline.length();
        if (d.quiet()) {
            String quiet = SlackText.escape(DigestText.quietWeek());
            blocks.add(section(quiet));
            chars += quiet.length();
        }
        String quietNames = d.quietNames().isEmpty() ? null : quietLine(d.quietNames());
        if (quietNames != null) {
            chars += quietNames.length();
        }

        // One block is always kept for "and N more partnerships", one for the quiet line.
        int blocksLeft = BlockKit.MAX_MESSAGE_BLOCKS - blocks.size() - 1 - (quietNames == null ? 0 : 1);
        int charsLeft = BlockKit.MAX_MESSAGE_CHARS - chars - MORE_RESERVE;
        int shown = 0;
        for (Digest.Section s : d.active()) {
            if (blocksLeft == 0) {
                break;
            }
            Optional<String> text = sectionText(s, d, Math.min(BlockKit.MAX_TEXT, charsLeft));
            if (text.isEmpty()) {
                break;
            }
            blocks.add(section(text.get()));
            blocksLeft--;
            charsLeft -= text.get().length();
            shown++;
        }
        int hidden = d.active().size() - shown;
        if (hidden > 0) {
            blocks.add(context(SlackText.escape(DigestText.more(hidden, hidden == 1 ? "partnership" : "partnerships"))));
        }
        if (quietNames != null) {
            blocks.add(context(quietNames));
        }
        String fallback = SlackText.escape(flat(DigestText.title(d) + ": " + DigestText.headline(d)));
        return new SlackMessage(SlackText.truncate(fallback, BlockKit.MAX_FALLBACK), blocks);
    }

    /**
     * The partnership's mrkdwn text in at most {@code max} characters: its name, then its lines, the
     * ones that do not fit replaced by "and N more items"; empty when not even the name fits.
     */
    Optional<String> sectionText(Digest.Section s, Digest d, int max) {
        String name = "*" + SlackText.truncate(SlackText.escape(flat(s.name())), MAX_NAME) + "*";
        List<String> lines = lines(s, d);
        String all = name + (lines.isEmpty() ? "" : "\n" + String.join("\n", lines));
        if (all.length() <= max) {
            return Optional.of(all);
        }
        StringBuilder sb = new StringBuilder(name);
        int kept = 0;
        for (String line : lines) {
            if (sb.length() + 1 + line.length() + MORE_RESERVE > max) {
                break;
            }
            sb.append('\n').append(line);
            kept++;
        }
        int cut = lines.size() - kept;
        String more = "\n• " + SlackText.escape(DigestText.more(cut, cut == 1 ? "item" : "items"));
        if (sb.length() + more.length() > max) {
            return Optional.empty();
        }
        return Optional.of(sb.append(more).toString());
    }

    /** The partnership's lines as escaped mrkdwn: notes and excerpts, phase changes, done items, open actions. */
    private static List<String> lines(Digest.Section s, Digest d) {
        List<String> lines = new ArrayList<>();
        if (s.noteCount() > 0) {
            lines.add("• " + SlackText.escape(DigestText.notesLine(s)));
            for (Digest.Excerpt e : s.excerpts()) {
                lines.add("> “" + SlackText.truncate(SlackText.escape(flat(e.text())), MAX_LINE) + "” — "
                        + SlackText.truncate(SlackText.escape(flat(DigestText.excerptAttribution(e, d))), MAX_NAME));
            }
        }
        s.phaseChanges().forEach(c -> lines.add("• " + line(DigestText.phaseLine(c))));
        s.completed().forEach(c -> lines.add("• " + line(DigestText.doneLine(c))));
        for (Digest.Open o : s.open()) {
            String text = DigestText.openLine(o);
            String overdue = "Overdue: ";
            lines.add(o.overdue() && text.startsWith(overdue)
                    ? "• *" + overdue.strip() + "* " + line(text.substring(overdue.length()))
                    : "• " + line(text));
        }
        return lines;
    }

    /** "Nothing new for A, B, and N more partnerships." within {@link #MAX_QUIET_LINE}. */
    static String quietLine(List<String> names) {
        String all = SlackText.escape(flat(DigestText.quietPartnerships(names)));
        if (all.length() <= MAX_QUIET_LINE) {
            return all;
        }
        List<String> shown = new ArrayList<>();
        int length = 0;
        for (String n : names) {
            int add = SlackText.escape(flat(n)).length() + 2;
            if (length + add > MAX_QUIET_LINE - MORE_RESERVE - 20) {
                break;
            }
            shown.add(n);
            length += add;
        }
        int rest = names.size() - shown.size();
        shown.add(DigestText.more(rest, rest == 1 ? "partnership" : "partnerships"));
        return SlackText.truncate(SlackText.escape(flat(DigestText.quietPartnerships(shown))), MAX_QUIET_LINE);
    }

    private static String line(String raw) {
        return SlackText.truncate(SlackText.escape(flat(raw)), MAX_LINE);
    }

    /** User text on one line: a line break in a name or an action must not start a quote or a list. */
    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private ObjectNode header(String escaped) {
        ObjectNode block = mapper.createObjectNode().put("type", "header");
        block.putObject("text").put("type", "plain_text").put("text", escaped).put("emoji", true);
        return block;
    }

    private ObjectNode section(String escaped) {
        ObjectNode block = mapper.createObjectNode().put("type", "section");
        block.set("text", mrkdwn(escaped));
        return block;
    }

    private ObjectNode context(String escaped) {
        ObjectNode block = mapper.createObjectNode().put("type", "context");
        block.putArray("elements").add(mrkdwn(SlackText.truncate(escaped, BlockKit.MAX_TEXT)));
        return block;
    }

    private ObjectNode mrkdwn(String escaped) {
        return mapper.createObjectNode().put("type", "mrkdwn").put("text", escaped).put("verbatim", true);
    }
}
