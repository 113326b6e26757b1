package org.focalbot.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import org.focalbot.knowledge.intents.IntentExample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the trained intent model under the data directory, named by the hash of its training data
 * and settings: a start with unchanged data loads it, changed data trains a new one (and removes
 * the stale file). A damaged file is reported and replaced by a fresh training. A model built into
 * the jar for the same key ({@link BundledModelWriter}) spares the very first start its training.
 */
public final class IntentModelCache {

    private static final Logger log = LoggerFactory.getLogger(IntentModelCache.class);
    static final String PREFIX = "intent-";
    static final String SUFFIX = ".model";

    /** Where the build puts the model of the bundled training data, on the class path. */
    static final String BUNDLED_RESOURCE = "org/focalbot/bot/nlu/bundled-intent.model";

    private final Path dir;
    private final IntentTrainer trainer;
    private final Supplier<InputStream> bundled;

    /** @param dir where model files live, e.g. {@code DATA_DIR/nlu}; created when needed */
    public IntentModelCache(Path dir, IntentTrainer trainer) {
        this(dir, trainer, () -> null);
    }

    /**
     * @param bundled opens a model shipped with the application (null stream when there is none); it
     *                is used only when its key is exactly the key of the examples
     */
    public IntentModelCache(Path dir, IntentTrainer trainer, Supplier<InputStream> bundled) {
        this.dir = dir;
        this.trainer = trainer;
        this.bundled = bundled;
    }

    /** The model the build wrote into the class path, if any. */
    public static Supplier<InputStream> bundledResource() {
        return () -> IntentModelCache.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
    }

    /** What {@link #loadOrTrain} did, for logs and tests. */
    public enum Outcome { LOADED, BUNDLED, TRAINED }

    /** A model and whether it came from disk. */
    public record Result(IntentModel model, Outcome outcome, Path file) {
    }

    public Result loadOrTrain(List<IntentExample> examples, String outOfScopeLabel) {
        String key = trainer.keyOf(examples);
        Path file = dir.resolve(PREFIX + key.substring(0, 24) + SUFFIX);
        long start = System.nanoTime();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                IntentModel model = IntentModel.read(in, trainer.encoder());
                if (model.key().equals(key)) {
                    log.info("intent model loaded from {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
                    return new Result(model, Outcome.LOADED, file);
                }
                log.warn("intent model {} belongs to other training data; retraining", file);
            } catch (IOException | RuntimeException e) {
                log.warn("intent model {} cannot be read ({}); retraining", file, e.getMessage());
            }
        }
        IntentModel shipped = readBundled(key);
        if (shipped != null) {
            log.info("intent model loaded from the application in {} ms", (System.nanoTime() - start) / 1_000_000);
            return new Result(shipped, Outcome.BUNDLED, null);
        }
        IntentModel model = trainer.train(examples, outOfScopeLabel);
        log.info("intent model trained on {} examples in {} ms", examples.size(), (System.nanoTime() - start) / 1_000_000);
        try {
            write(model, file);
        } catch (UncheckedIOException e) {
            // The model is usable as trained; only the next start pays for the missing file.
            log.warn("{}: {}; the next start will train again", e.getMessage(), e.getCause().getMessage());
        }
        return new Result(model, Outcome.TRAINED, file);
    }

    private IntentModel readBundled(String key) {
        try (InputStream in = bundled.get()) {
            if (in == null) {
                return null;
            }
            IntentModel model = IntentModel.read(in, trainer.encoder());
            if (model.key().equals(key)) {
                return model;
            }
            // A jar built from other training data (e.g. a development build): train as usual.
            log.info("the application's intent model was built from other training data; training");
        } catch (IOException | RuntimeException e) {
            log.warn("the application's intent model cannot be read ({}); training", e.getMessage());
        }
        return null;
    }

    private void write(IntentModel model, Path file) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, PREFIX, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    model.write(out);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            removeStale(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the intent model to " + file, e);
        }
    }

    private void removeStale(Path keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                if (!f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
