package org.focalbot.knowledge.intents;

/** Intent data that cannot be used as it is; the message names the file and line. */
public class IntentDataException extends RuntimeException {
    public IntentDataException(String message) {
        super(message);
    }
}
