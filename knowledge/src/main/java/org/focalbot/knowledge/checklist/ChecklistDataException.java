package org.focalbot.knowledge.checklist;

/** A checklist data file is missing or invalid; the message names the file and, when known, the item. */
public final class ChecklistDataException extends RuntimeException {
    public ChecklistDataException(String message) {
        super(message);
    }

    public ChecklistDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
