package org.focalbot.bot.notes;

/** A request about partnerships or notes that cannot be carried out; the message is safe to show to the user. */
public class NotesException extends RuntimeException {

    /** What went wrong, so adapters can pick an answer (HTTP 400, 403, 404, 409). */
    public enum Kind {
        /** The input is wrong: empty text, too long, a bad tag or date. */
        INVALID,
        /** No such partnership or note in this workspace. */
        NOT_FOUND,
        /** Someone changed the record since the caller read it, or the name is taken. */
        CONFLICT,
        /** The record exists but belongs to someone else. */
        FORBIDDEN
    }

    private final Kind kind;

    public NotesException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static NotesException invalid(String message) {
        return new NotesException(Kind.INVALID, message);
    }

    public static NotesException notFound(String message) {
        return new NotesException(Kind.NOT_FOUND, message);
    }

    public static NotesException conflict(String message) {
        return new NotesException(Kind.CONFLICT, message);
    }

    public static NotesException forbidden(String message) {
        return new NotesException(Kind.FORBIDDEN, message);
    }
}
