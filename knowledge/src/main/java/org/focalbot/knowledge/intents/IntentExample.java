package org.focalbot.knowledge.intents;

import java.util.Objects;

/** One labelled training sentence for the intent classifier. */
public record IntentExample(String label, String text) {

    public IntentExample {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
