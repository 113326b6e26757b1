package org.focalbot.bot.nlu;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A rule-based classifier for the walking skeleton: recognises greetings, requests for help and
 * goodbyes by keyword and treats everything else as out of scope.
 */
public final class KeywordIntentClassifier implements IntentClassifier {

    private static final Pattern GREET = Pattern.compile("^(hi|hello|hey|good (morning|afternoon|evening)|greetings)\\b.*");
    private static final Pattern HELP = Pattern.compile(".*\\b(help|what can you do|what are you able to do|how do i (use|talk to) you)\\b.*");
    private static final Pattern GOODBYE = Pattern.compile("^(bye|goodbye|see you|thanks|thank you|cheers)\\b.*");

    @Override
    public Interpretation interpret(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        String label = GREET.matcher(t).matches() ? Intents.GREET
                : HELP.matcher(t).matches() ? Intents.HELP
                : GOODBYE.matcher(t).matches() ? Intents.GOODBYE
                : Intents.OUT_OF_SCOPE;
        IntentScore top = new IntentScore(label, 1.0);
        return new Interpretation(text, top, List.of(top), Entities.NONE);
    }
}
