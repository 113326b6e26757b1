package org.focalbot.bot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.focalbot.knowledge.intents.IntentExample;
import org.focalbot.knowledge.intents.IntentExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentModelLifecycleTest {

    private static final List<String> PROBES = List.of("hello", "stop the weekly digest", "is it raining",
            "hi, please preview the digest", "", "zzz");

    private final IntentTrainer trainer = new IntentTrainer(TrainerConfig.DEFAULT.withIterations(40), FeatureConfig.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void aModelReadBackFromDiskRanksEveryMessageExactlyLikeTheTrainedOne() throws IOException {
        IntentModel trained = trainer.train(SmallIntentData.examples(), "out_of_scope");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.write(bytes);
        IntentModel loaded = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(trained.key(), loaded.key());
        assertEquals(trained.calibration(), loaded.calibration());
        for (String probe : PROBES) {
            assertEquals(trained.rank(probe), loaded.rank(probe), probe);
        }
        assertEquals("greet", loaded.rank("hello").get(0).intent());
        assertEquals("digest", loaded.rank("stop the weekly digest").get(0).intent());
    }

    @Test
    void theCacheLoadsTheStoredModelWhenTheTrainingDataIsUnchanged() throws IOException {
        IntentModelCache cache = new IntentModelCache(dir, trainer);
        IntentModelCache.Result first = cache.loadOrTrain(SmallIntentData.examples(), "out_of_scope");
        var written = Files.getLastModifiedTime(first.file());

        IntentModelCache.Result second = cache.loadOrTrain(SmallIntentData.examples(), "out_of_scope");

        assertEquals(IntentModelCache.Outcome.TRAINED, first.outcome());
        assertEquals(IntentModelCache.Outcome.LOADED, second.outcome());
        assertEquals(first.file(), second.file());
        assertEquals(written, Files.getLastModifiedTime(second.file()));
        assertEquals(first.model().rank("preview the digest"), second.model().rank("preview the digest"));
    }

    @Test
    void changedTrainingDataIsRetrainedAndTheStaleModelFileRemoved() throws IOException {
        IntentModelCache cache = new IntentModelCache(dir, trainer);
        IntentModelCache.Result before = cache.loadOrTrain(SmallIntentData.examples(), "out_of_scope");
        List<IntentExample> changed = new ArrayList<>(SmallIntentData.examples());
        changed.add(new IntentExample("greet", "greetings friend"));

        IntentModelCache.Result after = cache.loadOrTrain(changed, "out_of_scope");

        assertEquals(IntentModelCache.Outcome.TRAINED, after.outcome());
        assertNotEquals(before.model().key(), after.model().key());
        assertFalse(Files.exists(before.file()), "the stale model is deleted");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(after.file()), files.toList());
        }
    }

    @Test
    void aChangedFeatureConfigurationAlsoRetrains() {
        IntentTrainer other = new IntentTrainer(TrainerConfig.DEFAULT.withIterations(40), new FeatureConfig(2, 5, 1.0, 1.0));
        assertNotEquals(trainer.keyOf(SmallIntentData.examples()), other.keyOf(SmallIntentData.examples()));
        assertNotEquals(trainer.keyOf(SmallIntentData.examples()),
                new IntentTrainer(TrainerConfig.DEFAULT.withIterations(41), FeatureConfig.DEFAULT).keyOf(SmallIntentData.examples()));
    }

    @Test
    void aModelShippedWithTheApplicationForTheSameDataSparesTheFirstStartItsTraining() throws IOException {
        byte[] shipped = bytesOf(trainer.train(SmallIntentData.examples(), "out_of_scope"));
        IntentModelCache cache = new IntentModelCache(dir, trainer, () -> new ByteArrayInputStream(shipped));

        IntentModelCache.Result first = cache.loadOrTrain(SmallIntentData.examples(), "out_of_scope");

        assertEquals(IntentModelCache.Outcome.BUNDLED, first.outcome());
        assertEquals("greet", first.model().rank("hello").get(0).intent());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written when the shipped model fits");
        }
    }

    @Test
    void aShippedModelBuiltFromOtherDataOrDamagedIsIgnoredAndTheModelTrained() throws IOException {
        List<IntentExample> changed = new ArrayList<>(SmallIntentData.examples());
        changed.add(new IntentExample("greet", "greetings friend"));
        byte[] other = bytesOf(trainer.train(changed, "out_of_scope"));

        IntentModelCache.Result stale = new IntentModelCache(dir, trainer, () -> new ByteArrayInputStream(other))
                .loadOrTrain(SmallIntentData.examples(), "out_of_scope");
        IntentModelCache.Result damaged = new IntentModelCache(dir.resolve("b"), trainer,
                () -> new ByteArrayInputStream(Arrays.copyOf(other, other.length / 3)))
                .loadOrTrain(SmallIntentData.examples(), "out_of_scope");

        assertEquals(IntentModelCache.Outcome.TRAINED, stale.outcome());
        assertEquals(trainer.keyOf(SmallIntentData.examples()), stale.model().key());
        assertEquals(IntentModelCache.Outcome.TRAINED, damaged.outcome());
    }

    @Test
    void theBuildShipsTheModelOfTheBundledTrainingData() {
        IntentModelCache.Result result = new IntentModelCache(dir, MaxentIntentClassifier.defaultTrainer(new MiniLmSentenceEncoder(1)),
                IntentModelCache.bundledResource())
                .loadOrTrain(IntentExamples.bundled(), Intents.OUT_OF_SCOPE);

        assertEquals(IntentModelCache.Outcome.BUNDLED, result.outcome(),
                "the build step (BundledModelWriter in bot/pom.xml) must have written the model for the current data");
    }

    @Test
    void aDamagedModelFileIsReplacedByAFreshTraining() throws IOException {
        IntentModelCache cache = new IntentModelCache(dir, trainer);
        Path file = cache.loadOrTrain(SmallIntentData.examples(), "out_of_scope").file();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        IntentModelCache.Result again = cache.loadOrTrain(SmallIntentData.examples(), "out_of_scope");

        assertEquals(IntentModelCache.Outcome.TRAINED, again.outcome());
        assertEquals("greet", again.model().rank("hello").get(0).intent());
        assertEquals(IntentModelCache.Outcome.LOADED, cache.loadOrTrain(SmallIntentData.examples(), "out_of_scope").outcome());
    }

    private static byte[] bytesOf(IntentModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return bytes.toByteArray();
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithAClearMessage() {
        byte[] junk = "{\"not\": \"a model\"}".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> IntentModel.read(new ByteArrayInputStream(junk)));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    void confidencesFormADistributionRankedFromBestToWorst() {
        IntentModel model = trainer.train(SmallIntentData.examples(), "out_of_scope");
        List<IntentScore> ranking = model.rank("good morning");

        assertEquals(3, ranking.size());
        double sum = ranking.stream().mapToDouble(IntentScore::confidence).sum();
        assertEquals(1.0, sum, 1e-6);
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(ranking.get(i - 1).confidence() >= ranking.get(i).confidence());
        }
    }
}
