package org.focalbot.bot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.knowledge.intents.IntentExample;
import org.focalbot.knowledge.intents.IntentExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The classifier the assistant runs, trained on the bundled data (cached in the shared temp model folder). */
class BundledIntentClassifierTest {

    private static MaxentIntentClassifier classifier;

    @BeforeAll
    static void loadOrTrain() {
        classifier = MaxentIntentClassifier.forBundledData(AssistantSettings.inMemory().modelDir());
    }

    private static String label(String text) {
        return classifier.interpret(text).label();
    }

    @Test
    void theBundledDataHasAtLeastFortyExamplesOfEveryLabelAndNoOthers() {
        Map<String, Long> counts = IntentExamples.bundled().stream()
                .collect(Collectors.groupingBy(IntentExample::label, Collectors.counting()));
        assertEquals(new HashSet<>(Intents.ALL), counts.keySet());
        counts.forEach((label, n) -> assertTrue(n >= 40, label + " has only " + n + " examples"));
    }

    @Test
    void theDevSetAccuracyIsAtLeastNinetyFivePercent() throws IOException {
        Optional<Path> dev = sharedFile("eval/intents-dev.tsv");
        assumeTrue(dev.isPresent(), "the shared dev set (../shared/eval/intents-dev.tsv) is not beside this checkout");
        List<IntentExample> examples = IntentExamples.read(dev.get());
        long correct = examples.stream().filter(e -> label(e.text()).equals(e.label())).count();

        assertTrue(correct >= Math.ceil(0.95 * examples.size()), correct + " of " + examples.size() + " correct");
    }

    @Test
    void noDevSetSentenceIsUsedForTraining() throws IOException {
        Optional<Path> dev = sharedFile("eval/intents-dev.tsv");
        assumeTrue(dev.isPresent(), "the shared dev set (../shared/eval/intents-dev.tsv) is not beside this checkout");
        Function<String, String> norm = t -> String.join(" ", MessageFeatures.tokens(t));
        Set<String> training = IntentExamples.bundled().stream().map(e -> norm.apply(e.text())).collect(Collectors.toSet());
        for (IntentExample e : IntentExamples.read(dev.get())) {
            assertTrue(!training.contains(norm.apply(e.text())), "dev sentence in training data: " + e.text());
        }
    }

    @Test
    void messagesOutsideTheAssistantsJobAreOutOfScope() {
        for (String text : List.of("what's the weather going to be in Rome on Sunday", "my docking station stopped working",
                "who won the election in Brazil", "can you recommend a hotel in Nairobi", "tell me something funny",
                "how many grams in a pound")) {
            assertEquals(Intents.OUT_OF_SCOPE, label(text), text);
        }
    }

    @Test
    void theLabelConventionsOtherFeaturesRelyOnHold() {
        assertEquals(Intents.ADD_NOTE, label("new partnership River Basin Compact with UNEP and the city of Lyon"));
        assertEquals(Intents.ADD_NOTE, label("create a partnership called Coastal Resilience Network"));
        assertEquals(Intents.ADD_NOTE, label("note for the river basin compact: UNEP sent the draft budget"));
        assertEquals(Intents.CHECKLIST_STATUS, label("where are we with the river basin compact?"));
        assertEquals(Intents.START_CHECKLIST, label("start the monitoring checklist for the river basin compact"));
        assertEquals(Intents.FIND_NOTES, label("show me the notes on the river basin compact"));
        assertEquals(Intents.DIGEST, label("send the weekly digest here on Tuesdays at 10"));
        assertEquals(Intents.DIGEST, label("stop sending the digest"));
        assertEquals(Intents.DIGEST, label("show a preview of the digest"));
        assertEquals(Intents.GOODBYE, label("thanks, see you tomorrow"));
        assertEquals(Intents.GREET, label("hello, good morning"));
        assertEquals(Intents.ASK_GUIDELINE, label("what should a partnership agreement say about the secretariat?"));
    }

    @Test
    void anInterpretationCarriesTheRankingAndTheEntities() {
        Interpretation i = classifier.interpret("note for Water Alliance: the mayor signed the MoU");

        assertEquals(Intents.ADD_NOTE, i.label());
        assertEquals(i.intent(), i.ranking().get(0));
        assertEquals(Intents.ALL.size(), i.ranking().size());
        assertTrue(i.confidence() > 0.5 && i.confidence() <= 1.0, "confidence " + i.confidence());
        assertEquals(Optional.of("Water Alliance"), i.entities().partnership());
        assertEquals(Optional.of("the mayor signed the MoU"), i.entities().noteText());
    }

    @Test
    void emptyAndNonsenseMessagesAreOutOfScopeRatherThanAGuess() {
        assertEquals(Intents.OUT_OF_SCOPE, label(""));
        assertEquals(Intents.OUT_OF_SCOPE, label("qwxz vbnm"));
    }

    /** Finds {@code shared/<relative>} beside this checkout or one of its parents. */
    static Optional<Path> sharedFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

}
