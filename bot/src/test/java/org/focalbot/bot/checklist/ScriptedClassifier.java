package org.focalbot.bot.checklist;

import java.util.List;
import java.util.Map;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.Interpretation;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.nlu.MaxentIntentClassifier;

/**
 * Test double for the intent classifier: the intents a test scripts for exact messages (as the trained
 * classifier would give them), the real bundled classifier for everything else.
 */
final class ScriptedClassifier implements IntentClassifier {

    private final Map<String, Interpretation> scripted;
    private static final IntentClassifier REST = MaxentIntentClassifier.forBundledData(AssistantSettings.inMemory().modelDir());

    ScriptedClassifier(Map<String, String> intents) {
        this(intents, Map.of());
    }

    ScriptedClassifier(Map<String, String> intents, Map<String, Entities> entities) {
        this.scripted = new java.util.HashMap<>();
        intents.forEach((text, intent) -> {
            IntentScore top = new IntentScore(intent, 0.93);
            scripted.put(text, new Interpretation(text, top, List.of(top), entities.getOrDefault(text, Entities.NONE)));
        });
    }

    @Override
    public Interpretation interpret(String text) {
        Interpretation known = scripted.get(text);
        return known != null ? known : REST.interpret(text);
    }
}
