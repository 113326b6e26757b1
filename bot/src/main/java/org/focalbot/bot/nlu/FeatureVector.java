package org.focalbot.bot.nlu;

/** Named, weighted features of one message, in the form OpenNLP's maxent models take. */
public record FeatureVector(String[] names, float[] values) {
}
