package org.focalbot.bot;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the core that come from the operator's configuration rather than from code.
 *
 * @param dataDir where the core may keep derived files (e.g. cached models); empty for throwaway runs
 */
public record AssistantSettings(Optional<Path> dataDir) {

    /** Settings for tests and in-memory runs: nothing on disk. */
    public static AssistantSettings inMemory() {
        return new AssistantSettings(Optional.empty());
    }
}
