package org.focalbot.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of a sub-command, checked against the names it accepts. */
public final class Options {

    private final String command;
    private final Map<String, String> values = new HashMap<>();

    private Options(String command) {
        this.command = command;
    }

    public static Options parse(String command, List<String> args, Set<String> accepted) {
        Options o = new Options(command);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || !accepted.contains(a.substring(2))) {
                throw new UsageException(command + ": unknown argument " + a + " (accepted: --"
                        + String.join(", --", accepted.stream().sorted().toList()) + ")");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new UsageException(command + ": " + a + " needs a value");
            }
            o.values.put(a.substring(2), args.get(++i));
        }
        return o;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String required(String name) {
        return get(name).orElseThrow(() -> new UsageException(command + ": --" + name + " is required"));
    }

    /** A file that must exist and be readable. */
    public Path existingFile(String name) {
        Path p = Path.of(required(name));
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new UsageException(command + ": --" + name + " " + p + " is not a readable file");
        }
        return p;
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.get());
            if (v < min || v > max) {
                throw new UsageException(command + ": --" + name + " must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a whole number, got " + raw.get());
        }
    }
}
