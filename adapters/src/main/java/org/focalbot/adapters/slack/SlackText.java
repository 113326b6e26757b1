package org.focalbot.adapters.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text crossing the Slack boundary. Inbound, Slack's markup ({@code <@U1>}, {@code <!channel>},
 * {@code <http://…|label>}, {@code &amp;}) becomes plain text for the core; outbound, the core's
 * plain text has {@code &}, {@code <} and {@code >} escaped so nothing a user wrote can become a
 * mention, a broadcast or a link when it is echoed back.
 */
public final class SlackText {
    private SlackText() {
    }

    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");
    private static final Pattern USER_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,:]+");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    /** Escapes the three characters Slack treats as control characters. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Removes mentions of the bot ({@code <@UBOT>} or {@code <@UBOT|name>}) and trims the rest. */
    public static String stripMention(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        if (botUserId == null || botUserId.isBlank()) {
            // Without the bot's id, only a leading mention can safely be taken for the bot's own.
            Matcher m = USER_MENTION.matcher(text.stripLeading());
            return m.lookingAt() ? LEADING_PUNCTUATION.matcher(text.stripLeading().substring(m.end())).replaceFirst("").strip()
                    : text.strip();
        }
        Matcher m = USER_MENTION.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.group(1).equals(botUserId)) {
                sb.append(text, last, m.start()).append(' ');
                last = m.end();
                if (last < text.length() && (text.charAt(last) == ',' || text.charAt(last) == ':')) {
                    last++;
                }
            }
        }
        sb.append(text, last, text.length());
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    /**
     * Slack's message text as a person would read it: user, channel and group references become
     * {@code @name} / {@code #name}, links become "label (url)", and entities are decoded.
     */
    public static String toPlain(String slackText) {
        if (slackText == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(slackText);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(plainReference(m.group(1))));
        }
        m.appendTail(sb);
        return unescape(sb.toString());
    }

    private static String plainReference(String inner) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? "" : inner.substring(bar + 1);
        if (target.startsWith("@")) {
            return "@" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("#")) {
            return "#" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) {
            // <!channel>, <!here>, <!everyone>, <!subteam^S1|@team>, <!date^…|fallback>
            if (!label.isEmpty()) {
                return label.startsWith("@") || target.startsWith("!date") ? label : "@" + label;
            }
            int caret = target.indexOf('^');
            return "@" + (caret < 0 ? target.substring(1) : target.substring(1, caret));
        }
        if (target.startsWith("mailto:")) {
            return label.isEmpty() ? target.substring("mailto:".length()) : label;
        }
        return label.isEmpty() || label.equals(target) ? target : label + " (" + target + ")";
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * Cuts already-escaped text into pieces of at most {@code max} characters, preferring paragraph,
     * line and word boundaries and never cutting an entity ({@code &amp;}) or a surrogate pair.
     */
    public static List<String> split(String escaped, int max) {
        List<String> parts = new ArrayList<>();
        String rest = escaped;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** At most {@code max} characters of escaped text, ending in "…" when shortened. */
    public static String truncate(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped;
        }
        return escaped.substring(0, safeCut(escaped, max - 1)) + "…";
    }

    private static int cutPoint(String text, int max) {
        int floor = max / 2;
        for (String boundary : new String[]{"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(boundary, max - boundary.length());
            if (at >= floor) {
                return at + boundary.length();
            }
        }
        return safeCut(text, max);
    }

    /** The largest index ≤ max that does not split an entity or a surrogate pair. */
    private static int safeCut(String text, int max) {
        int cut = Math.min(max, text.length());
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 5) {
            int semi = text.indexOf(';', amp);
            if (semi >= cut) {
                cut = amp;
            }
        }
        if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}
