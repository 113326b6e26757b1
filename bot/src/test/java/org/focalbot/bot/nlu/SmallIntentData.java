package org.focalbot.bot.nlu;

import java.util.ArrayList;
import java.util.List;
import org.focalbot.knowledge.intents.IntentExample;

/** A tiny three-label training set that trains in well under a second, for lifecycle tests. */
final class SmallIntentData {
    private SmallIntentData() {
    }

    static List<IntentExample> examples() {
        List<IntentExample> out = new ArrayList<>();
        for (String t : List.of("hello", "hi there", "good morning", "hey", "hiya bot", "morning all", "hello again",
                "good afternoon")) {
            out.add(new IntentExample("greet", t));
        }
        for (String t : List.of("stop the digest", "preview the digest", "send the weekly digest on monday",
                "subscribe to the digest", "digest now", "weekly summary please", "turn off the digest",
                "change the digest day")) {
            out.add(new IntentExample("digest", t));
        }
        for (String t : List.of("what is the weather", "book a flight", "reset my password", "tell me a joke",
                "who won the match", "order a pizza", "the printer is broken", "convert dollars to euros")) {
            out.add(new IntentExample("out_of_scope", t));
        }
        return out;
    }
}
