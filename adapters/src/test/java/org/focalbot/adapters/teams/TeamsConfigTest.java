package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.ConfigException;
import org.focalbot.adapters.host.Env;
import org.focalbot.adapters.host.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsConfigTest {

    static Optional<TeamsConfig> config(Map<String, String> vars) {
        Env env = new Env(vars);
        return TeamsConfig.from(env, ServerConfig.from(env));
    }

    static Map<String, String> credentials() {
        Map<String, String> vars = new HashMap<>();
        vars.put("MICROSOFT_APP_ID", "app-id");
        vars.put("MICROSOFT_APP_PASSWORD", "hunter2-secret");
        return vars;
    }

    @Test
    void teamsIsOffWithoutCredentials() {
        assertTrue(config(Map.of()).isEmpty());
    }

    @Test
    void anAppIdWithoutItsPasswordIsAStartupErrorNamingTheMissingVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("MICROSOFT_APP_ID", "app-id")));
        assertTrue(e.getMessage().startsWith("MICROSOFT_APP_PASSWORD is not set"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> config(Map.of("MICROSOFT_APP_PASSWORD", "pw")));
        assertTrue(e.getMessage().startsWith("MICROSOFT_APP_ID is not set"), e.getMessage());
    }

    @Test
    void multiTenantBotsUseTheBotFrameworkEndpointsByDefault() {
        TeamsConfig c = config(credentials()).orElseThrow();
        assertEquals(URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration"), c.openIdMetadataUrl());
        assertEquals(URI.create("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), c.tokenUrl());
        assertFalse(c.allowAnonymous());
    }

    @Test
    void singleTenantBotsGetTokensFromTheirTenant() {
        Map<String, String> vars = credentials();
        vars.put("MICROSOFT_APP_TENANT_ID", "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");
        assertEquals(URI.create("https://login.microsoftonline.com/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/oauth2/v2.0/token"),
                config(vars).orElseThrow().tokenUrl());
    }

    @Test
    void aTenantIdThatWouldRewriteTheTokenUrlIsRefused() {
        Map<String, String> vars = credentials();
        vars.put("MICROSOFT_APP_TENANT_ID", "evil.example/x?");
        assertThrows(ConfigException.class, () -> config(vars));
    }

    @Test
    void endpointsCanPointAtALocalFakeButNotAtAPlainHttpRemoteHost() {
        Map<String, String> vars = credentials();
        vars.put("TEAMS_OPENID_METADATA_URL", "http://127.0.0.1:9999/openid");
        vars.put("TEAMS_TOKEN_URL", "https://login.microsoftonline.us/botframework.com/oauth2/v2.0/token");
        assertEquals(URI.create("http://127.0.0.1:9999/openid"), config(vars).orElseThrow().openIdMetadataUrl());
        vars.put("TEAMS_TOKEN_URL", "http://login.example.org/token");
        ConfigException e = assertThrows(ConfigException.class, () -> config(vars));
        assertTrue(e.getMessage().contains("TEAMS_TOKEN_URL"), e.getMessage());
    }

    @Test
    void anEndpointSetWithoutCredentialsIsAStartupError() {
        assertThrows(ConfigException.class, () -> config(Map.of("TEAMS_TOKEN_URL", "https://login.example.org/token")));
    }

    @Test
    void anonymousModeWorksWithoutCredentialsOnLoopback() {
        TeamsConfig c = config(Map.of("TEAMS_ALLOW_ANONYMOUS", "true")).orElseThrow();
        assertTrue(c.allowAnonymous());
        assertFalse(c.hasCredentials());
    }

    @Test
    void anonymousModeIsRefusedOffLoopback() {
        Map<String, String> vars = credentials();
        vars.put("TEAMS_ALLOW_ANONYMOUS", "true");
        vars.put("HOST", "0.0.0.0");
        vars.put("FOCAL_API_TOKEN", "0123456789abcdef0123");
        ConfigException e = assertThrows(ConfigException.class, () -> config(vars));
        assertTrue(e.getMessage().contains("TEAMS_ALLOW_ANONYMOUS"), e.getMessage());
    }

    @Test
    void theServerRefusesToStartWithHalfTheCredentialsAndLeavesTheDataDirectoryFree(@TempDir Path dir) {
        Map<String, String> half = Map.of("PORT", "0", "DATA_DIR", dir.toString(), "MICROSOFT_APP_ID", "app-id");
        assertThrows(ConfigException.class, () -> Application.start(new Env(half), Clock.systemUTC()));
        Map<String, String> none = Map.of("PORT", "0", "DATA_DIR", dir.toString());
        Application.start(new Env(none), Clock.systemUTC()).close();
    }

    @Test
    void theSecretNeverAppearsInTheConfigsText() {
        assertFalse(config(credentials()).orElseThrow().toString().contains("hunter2"));
    }
}
