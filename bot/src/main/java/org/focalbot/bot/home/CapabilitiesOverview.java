package org.focalbot.bot.home;

import java.util.List;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;

/**
 * The overview used until partnerships, checklists and actions report their own: what the
 * assistant can do, with the help topic buttons the dialogue already answers.
 */
public final class CapabilitiesOverview implements WorkspaceOverview {

    static final String INTRO = """
            Your partnerships, checklist progress and open actions will show here as you use them.
            To get started, message me directly or mention me in a channel:
            - ask a guideline question and I answer with the document and section cited
            - run a phase checklist one item at a time
            - keep partnership notes and find them again
            - get a weekly digest in a channel""";

    // The ids belong to the "help" action namespace that SmallTalk answers.
    private static final List<Action> TOPICS = List.of(
            new Action("help:ask", "Ask a question"),
            new Action("help:checklist", "Run a checklist"),
            new Action("help:notes", "Keep notes"),
            new Action("help:digest", "Weekly digest"));

    @Override
    public List<Reply> overview(String workspace, String author) {
        return List.of(Reply.withActions(INTRO, TOPICS));
    }
}
