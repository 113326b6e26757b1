package org.focalbot.knowledge.checklist;

import java.util.Locale;
import java.util.Optional;

/** The four typical phases of a multi-stakeholder partnership in the ILO guide (section II.2.A–D). */
public enum Phase {
    INITIATING("initiating", "Initiating"),
    ADAPTIVE_PLANNING("adaptive-planning", "Adaptive planning"),
    COLLABORATIVE_ACTION("collaborative-action", "Collaborative action"),
    REFLECTIVE_MONITORING("reflective-monitoring", "Reflective monitoring");

    private final String id;
    private final String title;

    Phase(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Stable id used in data files, store keys and action ids. */
    public String id() {
        return id;
    }

    /** Human title, e.g. "Adaptive planning". */
    public String title() {
        return title;
    }

    public static Optional<Phase> byId(String id) {
        String wanted = id == null ? "" : id.toLowerCase(Locale.ROOT).strip();
        for (Phase p : values()) {
            if (p.id.equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
