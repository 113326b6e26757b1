package org.focalbot.bot.nlu;

import java.nio.file.Path;
import java.util.List;
import org.focalbot.knowledge.intents.IntentExamples;

/**
 * The assistant's intent classifier: a trained {@link IntentModel} (maxent over words and
 * characters combined with sentence vectors) for the label and its calibrated confidence, and the {@link EntityExtractor} for what the message refers to.
 */
public final class MaxentIntentClassifier implements IntentClassifier {

    private final IntentModel model;
    private final EntityExtractor entities;

    public MaxentIntentClassifier(IntentModel model, EntityExtractor entities) {
        this.model = model;
        this.entities = entities;
    }

    /**
     * The classifier for the bundled training data, loaded from {@code cacheDir} or from the model
     * built into the application when one for exactly this data and configuration is there, else
     * trained and stored in {@code cacheDir}.
     */
    public static MaxentIntentClassifier forBundledData(Path cacheDir) {
        IntentModel model = new IntentModelCache(cacheDir, defaultTrainer(new MiniLmSentenceEncoder(2)),
                IntentModelCache.bundledResource())
                .loadOrTrain(IntentExamples.bundled(), Intents.OUT_OF_SCOPE).model();
        return new MaxentIntentClassifier(model, new EntityExtractor());
    }

    /** The trainer and features the assistant ships with, over this sentence encoder. */
    public static IntentTrainer defaultTrainer(SentenceEncoder encoder) {
        return new IntentTrainer(TrainerConfig.DEFAULT, FeatureConfig.DEFAULT, encoder);
    }

    @Override
    public Interpretation interpret(String text) {
        List<IntentScore> ranking = model.rank(text);
        return new Interpretation(text, ranking.get(0), ranking, entities.extract(text));
    }

    public IntentModel model() {
        return model;
    }
}
