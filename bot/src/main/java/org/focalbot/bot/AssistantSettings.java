package org.focalbot.bot;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the core that come from the operator's configuration rather than from code.
 *
 * @param dataDir      where the core may keep derived files (e.g. cached models); empty for throwaway runs
 * @param knowledgeDir the operator's own guidance files (.md, .txt) loaded next to the built-in corpus; optional
 */
public record AssistantSettings(Optional<Path> dataDir, Optional<Path> knowledgeDir) {

    public AssistantSettings(Optional<Path> dataDir) {
        this(dataDir, Optional.empty());
    }

    /** Settings for tests and in-memory runs: nothing on disk. */
    public static AssistantSettings inMemory() {
        return new AssistantSettings(Optional.empty(), Optional.empty());
    }
}
