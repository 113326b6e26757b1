package org.focalbot.bot.nlu;

import java.util.List;

/** What the assistant understood from a message: the chosen intent, the ranking behind it, and what it refers to. */
public record Interpretation(String text, IntentScore intent, List<IntentScore> ranking, Entities entities) {

    public Interpretation {
        ranking = List.copyOf(ranking);
        entities = entities == null ? Entities.NONE : entities;
    }

    public String label() {
        return intent.intent();
    }

    public double confidence() {
        return intent.confidence();
    }
}
