package org.focalbot.knowledge.search;

/**
 * Turns how well the best section matches a question into a confidence between 0 and 1.
 *
 * <p>Coverage (the rarity-weighted share of the question's content words found in the section) is
 * the main evidence: a question whose rare words the documents never use is about something else.
 * Coverage is squared so that missing a quarter of the question already halves the confidence.
 * Strength (how prominently the section holds the words) matters more the fewer words a question
 * has: one word mentioned in passing ("life" in "social life service") is weak evidence, one word
 * in a heading ("MEL") is strong. The threshold of 0.5 was set on a question set written for this
 * purpose (answerable questions in users' words and off-topic ones), not on the evaluation file.
 */
final class Confidence {

    static final double THRESHOLD = 0.5;

    private Confidence() {
    }

    static double of(Hit best, int concepts) {
        double strengthWeight = switch (concepts) {
            case 0 -> 1.0;
            case 1 -> 1.0;
            case 2 -> 0.5;
            default -> 0.3;
        };
        double c = best.coverage();
        double value = c * c * (strengthWeight * best.strength() + (1 - strengthWeight));
        return Math.max(0, Math.min(1, value));
    }
}
