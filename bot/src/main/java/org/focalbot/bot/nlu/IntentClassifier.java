package org.focalbot.bot.nlu;

/** Decides what a message means; thread-safe, no conversation state. */
public interface IntentClassifier {
    Interpretation interpret(String text);
}
