package org.focalbot.adapters.slack;

import java.util.Locale;

/**
 * Turns {@code /focal <subcommand> <rest>} into the sentence a person would have typed, so the
 * core's language understanding handles commands and free text the same way:
 *
 * <pre>
 * /focal                         → help
 * /focal help                    → help
 * /focal ask &lt;question&gt;          → &lt;question&gt;
 * /focal checklist               → start a checklist
 * /focal checklist status [for X] → show checklist progress [for X]   (also "progress")
 * /focal checklist &lt;rest&gt;        → start the checklist &lt;rest&gt;     (e.g. "initiating for Water Alliance")
 * /focal note for X: &lt;text&gt;      → note for X: &lt;text&gt;
 * /focal note &lt;text&gt;             → note: &lt;text&gt;
 * /focal notes                   → show notes
 * /focal notes for|about|on X    → show notes for|about|on X
 * /focal notes &lt;words&gt;           → show notes about &lt;words&gt;
 * /focal digest [preview]        → preview this week's digest
 * /focal digest now|send         → send the digest now
 * /focal digest stop|off|unsubscribe → stop the weekly digest
 * /focal digest subscribe        → send the weekly digest here
 * /focal digest &lt;when&gt;           → send the weekly digest here &lt;when&gt;  (e.g. "on Fridays at 8")
 * /focal &lt;anything else&gt;         → unchanged
 * </pre>
 */
public final class SlashCommandText {
    private SlashCommandText() {
    }

    public static String toTurnText(String commandText) {
        String text = commandText == null ? "" : commandText.strip();
        if (text.isEmpty()) {
            return "help";
        }
        int space = indexOfWhitespace(text);
        String verb = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : text.substring(space).strip();
        return switch (verb) {
            case "help" -> rest.isEmpty() ? "help" : "help with " + rest;
            case "ask" -> rest.isEmpty() ? "help" : rest;
            case "checklist" -> checklist(rest);
            case "note" -> note(rest);
            case "notes" -> notes(rest);
            case "digest" -> digest(rest);
            default -> text;
        };
    }

    private static String checklist(String rest) {
        if (rest.isEmpty()) {
            return "start a checklist";
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String word : new String[]{"status", "progress"}) {
            if (lower.equals(word) || lower.startsWith(word + " ")) {
                String tail = rest.substring(word.length()).strip();
                return "show checklist progress" + (tail.isEmpty() ? "" : " " + tail);
            }
        }
        return "start the checklist " + rest;
    }

    private static String note(String rest) {
        if (rest.isEmpty()) {
            return "note";
        }
        return rest.toLowerCase(Locale.ROOT).startsWith("for ") ? "note " + rest : "note: " + rest;
    }

    private static String notes(String rest) {
        if (rest.isEmpty()) {
            return "show notes";
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean hasPreposition = lower.startsWith("for ") || lower.startsWith("about ") || lower.startsWith("on ");
        return "show notes " + (hasPreposition ? rest : "about " + rest);
    }

    private static String digest(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "", "preview", "show" -> "preview this week's digest";
            case "now", "send", "send now" -> "send the digest now";
            case "stop", "off", "unsubscribe", "cancel" -> "stop the weekly digest";
            case "subscribe", "on", "here", "start" -> "send the weekly digest here";
            default -> "send the weekly digest here " + rest;
        };
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
