package org.focalbot.bot.dialogue;

/** Answers messages classified as one intent. */
@FunctionalInterface
public interface IntentHandler {
    void handle(TurnContext ctx);
}
