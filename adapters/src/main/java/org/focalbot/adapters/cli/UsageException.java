package org.focalbot.adapters.cli;

/** The command line was wrong; the message says how to call it correctly. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
