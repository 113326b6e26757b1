package org.focalbot.bot.dialogue;

/**
 * Answers clicks on buttons whose id starts with this handler's namespace ("checklist:done:…"
 * goes to the "checklist" handler); {@code argument} is the part after the first ':'.
 */
@FunctionalInterface
public interface ActionHandler {
    void handle(TurnContext ctx, String argument);
}
