package org.focalbot.bot.store;

/** A store could not be opened, read or written; the message says what to do about it. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
