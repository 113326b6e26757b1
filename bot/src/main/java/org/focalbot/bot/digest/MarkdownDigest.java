package org.focalbot.bot.digest;

/**
 * Renders a digest as Markdown for the web chat and for export. User text is escaped so a note
 * cannot inject links, images, HTML or formatting.
 */
public final class MarkdownDigest {

    private MarkdownDigest() {
    }

    public static String render(Digest d) {
        StringBuilder sb = new StringBuilder("## ").append(DigestText.title(d)).append("\n\n")
                .append("**").append(DigestText.headline(d)).append("**\n");
        if (d.quiet()) {
            sb.append('\n').append(DigestText.quietWeek()).append('\n');
        }
        for (Digest.Section s : d.active()) {
            sb.append("\n### ").append(escape(s.name())).append("\n\n");
            if (s.noteCount() > 0) {
                sb.append("- ").append(DigestText.notesLine(s)).append('\n');
                for (Digest.Excerpt e : s.excerpts()) {
                    sb.append("  - “").append(escape(e.text())).append("” — ")
                            .append(escape(DigestText.excerptAttribution(e, d))).append('\n');
                }
            }
            s.phaseChanges().forEach(c -> sb.append("- ").append(escape(DigestText.phaseLine(c))).append('\n'));
            s.completed().forEach(c -> sb.append("- ").append(escape(DigestText.doneLine(c))).append('\n'));
            s.open().forEach(o -> sb.append("- ").append(o.overdue() ? "**" : "")
                    .append(escape(DigestText.openLine(o))).append(o.overdue() ? "**" : "").append('\n'));
        }
        if (!d.quietNames().isEmpty()) {
            sb.append('\n').append(escape(DigestText.quietPartnerships(d.quietNames()))).append('\n');
        }
        return sb.toString();
    }

    /** Backslash-escapes Markdown punctuation and neutralises angle brackets (autolinks, HTML). */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
