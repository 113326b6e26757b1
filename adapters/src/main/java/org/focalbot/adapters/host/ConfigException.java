package org.focalbot.adapters.host;

/** A configuration value is missing or wrong; the message names the variable and says what to set. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
