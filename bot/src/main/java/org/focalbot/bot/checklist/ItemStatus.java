package org.focalbot.bot.checklist;

/** How a checklist item was answered. */
public enum ItemStatus {
    DONE("done"),
    NOT_YET("not yet"),
    SKIPPED("skipped");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    /** How the status reads in a sentence: "done", "not yet", "skipped". */
    public String label() {
        return label;
    }
}
