package org.focalbot.bot.dialogue;

import java.util.List;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;

/** Greeting, help, goodbye and out-of-scope answers: what the assistant says when nothing else applies. */
public final class SmallTalk {

    static final String CAPABILITIES = """
            I help partnership focal points with:
            - guideline questions, answered from the partnership guidance with the document and section cited ("what does SMART mean for our objectives?")
            - phase checklists, one step at a time: initiating, adaptive planning, collaborative action, reflective monitoring ("start the initiating checklist for the Water Alliance")
            - partnership notes you can search later ("note for Water Alliance: mayor agreed the MoU draft", "notes about the budget")
            - a weekly digest posted to this channel ("send the weekly digest here on Mondays at 9")""";

    private static final List<Action> TOPICS = List.of(
            new Action("help:ask", "Ask a question"),
            new Action("help:checklist", "Run a checklist"),
            new Action("help:notes", "Keep notes"),
            new Action("help:digest", "Weekly digest"));

    public void greet(TurnContext ctx) {
        ctx.reply(Reply.withActions("Hello " + firstName(ctx) + ". I'm the Focal Point Assistant. "
                + "Ask me about partnership guidance, run a phase checklist, or keep notes on a partnership.", TOPICS));
    }

    public void help(TurnContext ctx) {
        ctx.reply(Reply.withActions(CAPABILITIES, TOPICS));
    }

    public void goodbye(TurnContext ctx) {
        ctx.say("You're welcome. I'm here whenever you need me.");
    }

    public void outOfScope(TurnContext ctx) {
        ctx.reply(Reply.withActions("Sorry, that's outside what I can help with. I answer partnership guideline "
                + "questions, walk through phase checklists, keep partnership notes and send a weekly digest.", TOPICS));
    }

    /** The help topic buttons: each shows what to type for that feature. */
    public void topic(TurnContext ctx, String topic) {
        String text = switch (topic) {
            case "ask" -> "Ask in your own words, for example: \"who should be the fiduciary agent?\", "
                    + "\"when do we hold the launch event?\" or \"what is reflective monitoring?\". "
                    + "I answer from the loaded guidance and cite the document and section.";
            case "checklist" -> "Say which phase and partnership, for example: \"start the initiating checklist for "
                    + "the Water Alliance\". I go one item at a time; answer done, not yet, skip, why? or pause. "
                    + "\"Where are we with the Water Alliance?\" shows progress.";
            case "notes" -> "Write \"note for Water Alliance: mayor agreed the MoU draft\" to save a note, and "
                    + "\"notes about the MoU\" or \"notes for Water Alliance since March\" to find them again.";
            case "digest" -> "Say \"send the weekly digest here on Mondays at 9\" to subscribe this channel, "
                    + "\"preview this week's digest\" to see it now, or \"stop the digest\".";
            default -> CAPABILITIES;
        };
        ctx.say(text);
    }

    private static String firstName(TurnContext ctx) {
        String name = ctx.turn().userName().strip();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
