package org.focalbot.adapters.host;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The HTTP host's settings, read from the environment and validated before anything starts.
 *
 * @param port     PORT, default 7070 (0 picks a free port, for tests)
 * @param host     HOST, default 127.0.0.1
 * @param dataDir  DATA_DIR, default ./data
 * @param apiToken FOCAL_API_TOKEN; when empty the server only binds loopback addresses
 */
public record ServerConfig(int port, String host, Path dataDir, Optional<String> apiToken) {

    public static final int MIN_TOKEN_LENGTH = 16;

    public static ServerConfig from(Env env) {
        int port = env.integer("PORT", 7070, 0, 65535);
        String host = env.get("HOST", "127.0.0.1");
        Path dataDir = Path.of(env.get("DATA_DIR", "./data"));
        Optional<String> token = env.get("FOCAL_API_TOKEN");
        if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
            throw new ConfigException("FOCAL_API_TOKEN must be at least " + MIN_TOKEN_LENGTH
                    + " characters long (e.g. openssl rand -hex 24)");
        }
        boolean loopback = isLoopback(host);
        if (token.isEmpty() && !loopback) {
            throw new ConfigException("HOST=" + host + " is not a loopback address: set FOCAL_API_TOKEN before "
                    + "exposing the API, or use HOST=127.0.0.1");
        }
        return new ServerConfig(port, host, dataDir, token);
    }

    public boolean loopbackOnly() {
        return isLoopback(host);
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+|\\[[0-9a-fA-F:]+]")) {
            // A host name: resolving it could change between now and bind time, so treat it as public.
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException("HOST=" + host + " is not a valid address");
        }
    }
}
