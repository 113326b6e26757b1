package org.focalbot.knowledge.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The four phase checklists, loaded once from the data files and validated as a whole. */
public final class ChecklistCatalog {

    /** Classpath folder of the bundled data files, one per phase: {@code <phase id>.json}. */
    public static final String RESOURCE_DIR = "knowledge/checklists/";

    private final Map<Phase, PhaseChecklist> phases;
    private final Map<String, ChecklistItem> items = new HashMap<>();

    private ChecklistCatalog(Map<Phase, PhaseChecklist> phases) {
        this.phases = Map.copyOf(phases);
        phases.values().forEach(p -> p.items().forEach(i -> items.put(i.id(), i)));
    }

    /** Loads the bundled checklists; a missing or broken file fails with a message naming it and the item. */
    public static ChecklistCatalog loadBundled() {
        return load(name -> ChecklistCatalog.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name));
    }

    /** Loads one file per phase through {@code files} (file name → stream, or null when absent). */
    public static ChecklistCatalog load(FileSource files) {
        ChecklistParser parser = new ChecklistParser();
        Map<Phase, PhaseChecklist> phases = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            String name = phase.id() + ".json";
            String where = RESOURCE_DIR + name;
            // Ids start with their phase, so unique within each file means unique across files.
            phases.put(phase, parser.parse(where, phase, read(where, files, name)));
        }
        return new ChecklistCatalog(phases);
    }

    public PhaseChecklist of(Phase phase) {
        return phases.get(phase);
    }

    public Optional<ChecklistItem> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Opens a checklist data file by name. */
    @FunctionalInterface
    public interface FileSource {
        InputStream open(String name) throws IOException;
    }

    private static String read(String where, FileSource files, String name) {
        try (InputStream in = files.open(name)) {
            if (in == null) {
                throw new ChecklistDataException(where + ": checklist file is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ChecklistDataException(where + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
