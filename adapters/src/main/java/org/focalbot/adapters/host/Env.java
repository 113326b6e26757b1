package org.focalbot.adapters.host;

import java.util.Map;
import java.util.Optional;

/**
 * Read access to configuration variables (the process environment in production, a plain map in
 * tests), with the parsing and validation every setting shares.
 */
public final class Env {

    private final Map<String, String> values;

    public Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    /** The value, or empty when unset or blank. */
    public Optional<String> get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.get());
            if (v < min || v > max) {
                throw new ConfigException(name + " must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, got \"" + raw.get() + "\"");
        }
    }

    public boolean flag(String name, boolean fallback) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new ConfigException(name + " must be true or false, got \"" + raw.get() + "\"");
        };
    }

    /**
     * Both variables set, or neither: returns true when both are set and fails naming the missing
     * one when only one is.
     */
    public boolean pair(String first, String second) {
        boolean a = get(first).isPresent();
        boolean b = get(second).isPresent();
        if (a != b) {
            throw new ConfigException((a ? second : first) + " is not set but " + (a ? first : second)
                    + " is; set both to enable the integration, or neither");
        }
        return a;
    }
}
