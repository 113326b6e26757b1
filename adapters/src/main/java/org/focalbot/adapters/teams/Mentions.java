package org.focalbot.adapters.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a Teams message into what the person said to the assistant: the bot's own
 * {@code <at>…</at>} mention (how channels and group chats address a bot) is removed, other
 * people's mentions become their plain names, and the few HTML entities Teams uses are decoded.
 */
final class Mentions {
    private Mentions() {
    }

    private static final Pattern AT = Pattern.compile("<at>(.*?)</at>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static String strip(InboundActivity activity) {
        String text = activity.text();
        for (InboundActivity.Mention m : activity.mentions()) {
            if (m.mentionedId().equals(activity.recipient().id()) && !m.text().isEmpty()) {
                text = text.replace(m.text(), " ");
            }
        }
        String botName = activity.recipient().name();
        Matcher at = AT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (at.find()) {
            String name = at.group(1);
            // Without mention entities (the Emulator, older clients) the bot is recognised by name.
            boolean bot = !botName.isEmpty() && name.strip().equalsIgnoreCase(botName.strip());
            at.appendReplacement(out, Matcher.quoteReplacement(bot ? " " : name));
        }
        at.appendTail(out);
        return decodeEntities(out.toString()).replace('\u00a0', ' ').strip();
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
