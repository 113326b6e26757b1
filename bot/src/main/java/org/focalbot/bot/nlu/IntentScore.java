package org.focalbot.bot.nlu;

/** One candidate intent with the classifier's confidence in it (0 to 1). */
public record IntentScore(String intent, double confidence) {
}
