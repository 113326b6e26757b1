package org.focalbot.knowledge.checklist;

import java.util.Optional;

/** The six angles from which the guide looks at every phase (section II.2), in the guide's order. */
public enum Dimension {
    ISSUES("issues", "Issues and context"),
    PARTNERS("partners", "Working with partners"),
    GOVERNANCE("governance", "Governance"),
    RESOURCES("resources", "Resources"),
    COMMUNICATION("communication", "Communication"),
    ORGANISATION("organisation", "Our organisation as a partner");

    private final String id;
    private final String title;

    Dimension(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Stable id used in data files and item ids. */
    public String id() {
        return id;
    }

    /** Human title, e.g. "Working with partners". */
    public String title() {
        return title;
    }

    public static Optional<Dimension> byId(String id) {
        for (Dimension d : values()) {
            if (d.id.equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
