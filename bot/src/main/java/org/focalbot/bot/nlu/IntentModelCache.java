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
import org.focalbot.knowledge.intents.IntentExample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the trained intent model under the data directory, named by the hash of its training data
 * and settings: a start with unchanged data loads it, changed data trains a new one (and removes
 * the stale file). A damaged file is reported and replaced by a fresh training.
 */
public final class IntentModelCache {

    private static final Logger log = LoggerFactory.getLogger(IntentModelCache.class);
    static final String PREFIX = "intent-";
    static final String SUFFIX = ".model";

    private final Path dir;
    private final IntentTrainer trainer;

    /** @param dir where model files live, e.g. {@code DATA_DIR/nlu}; created when needed */
    public IntentModelCache(Path dir, IntentTrainer trainer) {
        this.dir = dir;
        this.trainer = trainer;
    }

    /** What {@link #loadOrTrain} did, for logs and tests. */
    public enum Outcome { LOADED, TRAINED }

    /** A model and whether it came from disk. */
    public record Result(IntentModel model, Outcome outcome, Path file) {
    }

    public Result loadOrTrain(List<IntentExample> examples, String outOfScopeLabel) {
        String key = trainer.keyOf(examples);
        Path file = dir.resolve(PREFIX + key.substring(0, 24) + SUFFIX);
        long start = System.nanoTime();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                IntentModel model = IntentModel.read(in);
                if (model.key().equals(key)) {
                    log.info("intent model loaded from {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
                    return new Result(model, Outcome.LOADED, file);
                }
                log.warn("intent model {} belongs to other training data; retraining", file);
            } catch (IOException | RuntimeException e) {
                log.warn("intent model {} cannot be read ({}); retraining", file, e.getMessage());
            }
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
