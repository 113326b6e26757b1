package org.focalbot.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.focalbot.knowledge.intents.IntentExample;
import org.focalbot.knowledge.intents.IntentExamples;

/**
 * Build step (run by Maven after compiling the bot module): trains the intent model for the bundled
 * examples and writes it into the classes directory, so the jar carries it and a first start on an
 * empty data directory loads it instead of spending seconds training.
 */
public final class BundledModelWriter {

    private BundledModelWriter() {
    }

    /** @param args the classes directory, e.g. {@code bot/target/classes} */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledModelWriter <classes directory>");
        }
        Path file = Path.of(args[0]).resolve(IntentModelCache.BUNDLED_RESOURCE);
        List<IntentExample> examples = IntentExamples.bundled();
        IntentTrainer trainer = MaxentIntentClassifier.defaultTrainer(
                new MiniLmSentenceEncoder(Runtime.getRuntime().availableProcessors()));
        String key = trainer.keyOf(examples);
        if (holds(file, key, trainer.encoder())) {
            return;  // an incremental build with unchanged training data: nothing to do
        }
        IntentModel model = trainer.train(examples, Intents.OUT_OF_SCOPE);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "bundled-intent", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                model.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean holds(Path file, String key, SentenceEncoder encoder) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return IntentModel.read(in, encoder).key().equals(key);
        } catch (IOException e) {
            return false;
        }
    }
}
