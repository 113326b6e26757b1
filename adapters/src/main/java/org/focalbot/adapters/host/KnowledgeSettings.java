package org.focalbot.adapters.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code KNOWLEDGE_DIR}: the operator's own guidance files; optional, but when set it must be a readable directory. */
public final class KnowledgeSettings {

    public static final String VARIABLE = "KNOWLEDGE_DIR";

    private KnowledgeSettings() {
    }

    public static Optional<Path> knowledgeDir(Env env) {
        Optional<String> raw = env.get(VARIABLE);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Path.of(raw.get());
        if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
            throw new ConfigException(VARIABLE + "=" + raw.get() + " is not a readable directory; point it at a folder of "
                    + ".md or .txt guidance files, or unset it");
        }
        return Optional.of(dir);
    }
}
