package org.focalbot.adapters.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void defaultsServeTheWebChatOnLoopback7070WithDataInDotData() {
        ServerConfig c = ServerConfig.from(new Env(Map.of()));
        assertEquals(7070, c.port());
        assertEquals("127.0.0.1", c.host());
        assertEquals(Path.of("./data"), c.dataDir());
        assertEquals(Optional.empty(), c.apiToken());
    }

    @Test
    void aPortThatIsNotANumberIsNamedInTheError() {
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.from(new Env(Map.of("PORT", "http"))));
        assertEquals("PORT must be a whole number, got \"http\"", e.getMessage());
        e = assertThrows(ConfigException.class, () -> ServerConfig.from(new Env(Map.of("PORT", "70000"))));
        assertEquals("PORT must be between 0 and 65535, got 70000", e.getMessage());
    }

    @Test
    void aPublicAddressWithoutATokenIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.from(new Env(Map.of("HOST", "0.0.0.0"))));
        assertTrue(e.getMessage().startsWith("HOST=0.0.0.0 is not a loopback address: set FOCAL_API_TOKEN"), e.getMessage());
        assertThrows(ConfigException.class, () -> ServerConfig.from(new Env(Map.of("HOST", "bot.example.org"))));
    }

    @Test
    void aPublicAddressWithATokenIsAccepted() {
        ServerConfig c = ServerConfig.from(new Env(Map.of("HOST", "0.0.0.0", "FOCAL_API_TOKEN", "0123456789abcdef0123")));
        assertEquals("0.0.0.0", c.host());
    }

    @Test
    void loopbackAddressesAreRecognised() {
        assertTrue(ServerConfig.isLoopback("127.0.0.1"));
        assertTrue(ServerConfig.isLoopback("localhost"));
        assertTrue(ServerConfig.isLoopback("::1"));
    }

    @Test
    void aShortTokenIsRefusedWithoutEchoingIt() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerConfig.from(new Env(Map.of("FOCAL_API_TOKEN", "secret"))));
        assertTrue(e.getMessage().startsWith("FOCAL_API_TOKEN must be at least 16 characters"));
        assertTrue(!e.getMessage().contains("secret"));
    }

    @Test
    void envPairsMustBeSetTogether() {
        Env env = new Env(Map.of("A_TOKEN", "x"));
        ConfigException e = assertThrows(ConfigException.class, () -> env.pair("A_TOKEN", "A_SECRET"));
        assertTrue(e.getMessage().startsWith("A_SECRET is not set but A_TOKEN is"));
        assertEquals(false, new Env(Map.of()).pair("A_TOKEN", "A_SECRET"));
    }
}
