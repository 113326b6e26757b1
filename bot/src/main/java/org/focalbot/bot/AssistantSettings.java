package org.focalbot.bot;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Settings of the core that come from the operator's configuration rather than from code.
 *
 * @param dataDir      where the core may keep derived files (e.g. cached models); empty for throwaway runs
 * @param knowledgeDir the operator's own guidance files (.md, .txt) loaded next to the built-in corpus; optional
 * @param timeZone     the organisation's time zone: the default for digest schedules and date phrases
 */
public record AssistantSettings(Optional<Path> dataDir, Optional<Path> knowledgeDir, ZoneId timeZone) {

    public AssistantSettings(Optional<Path> dataDir, Optional<Path> knowledgeDir) {
        this(dataDir, knowledgeDir, ZoneId.of("UTC"));
    }

    public AssistantSettings(Optional<Path> dataDir) {
        this(dataDir, Optional.empty());
    }

    /** Settings for tests and in-memory runs: no data directory (see {@link #modelDir()}), UTC. */
    public static AssistantSettings inMemory() {
        return new AssistantSettings(Optional.empty(), Optional.empty());
    }

    /**
     * Where trained models are cached: {@code DATA_DIR/nlu}, or a shared folder under the system
     * temp directory for throwaway runs (files are named by a hash of their training data, so
     * sharing is safe and tests do not retrain on every start).
     */
    public Path modelDir() {
        return dataDir.map(d -> d.resolve("nlu"))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "focalbot-nlu"));
    }
}
