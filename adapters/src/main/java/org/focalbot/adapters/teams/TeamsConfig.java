package org.focalbot.adapters.teams;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.focalbot.adapters.host.ConfigException;
import org.focalbot.adapters.host.Env;
import org.focalbot.adapters.host.ServerConfig;

/**
 * The Teams adapter's settings, read from the environment and validated before anything starts.
 *
 * @param appId              MICROSOFT_APP_ID: the bot's Microsoft app id (the audience of inbound tokens)
 * @param appPassword        MICROSOFT_APP_PASSWORD: the client secret for outbound tokens
 * @param tenantId           MICROSOFT_APP_TENANT_ID: set for single-tenant bots
 * @param openIdMetadataUrl  TEAMS_OPENID_METADATA_URL: where the inbound signing keys are announced
 * @param tokenUrl           TEAMS_TOKEN_URL: where outbound access tokens come from
 * @param allowAnonymous     TEAMS_ALLOW_ANONYMOUS: accept activities without a token (Bot Framework
 *                           Emulator on loopback only)
 */
public record TeamsConfig(Optional<String> appId, Optional<String> appPassword, Optional<String> tenantId,
                          URI openIdMetadataUrl, URI tokenUrl, boolean allowAnonymous) {

    public static final String APP_ID = "MICROSOFT_APP_ID";
    public static final String APP_PASSWORD = "MICROSOFT_APP_PASSWORD";
    public static final String APP_TENANT_ID = "MICROSOFT_APP_TENANT_ID";
    public static final String OPENID_METADATA_URL = "TEAMS_OPENID_METADATA_URL";
    public static final String TOKEN_URL = "TEAMS_TOKEN_URL";
    public static final String ALLOW_ANONYMOUS = "TEAMS_ALLOW_ANONYMOUS";

    public static final String DEFAULT_OPENID_METADATA_URL =
            "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /** Multi-tenant bots get their tokens from the botframework.com tenant. */
    public static final String DEFAULT_TOKEN_URL =
            "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /** A tenant id is a GUID or a domain name; anything else could rewrite the token URL. */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,253}");

    public TeamsConfig {
        if (appId.isPresent() != appPassword.isPresent()) {
            throw new IllegalArgumentException("app id and password come together");
        }
    }

    /**
     * The adapter's settings, or empty when Teams is not configured. One of the credentials without
     * the other, anonymous mode off loopback, or a bad URL is a {@link ConfigException}.
     */
    public static Optional<TeamsConfig> from(Env env, ServerConfig server) {
        boolean credentials = env.pair(APP_ID, APP_PASSWORD);
        boolean anonymous = env.flag(ALLOW_ANONYMOUS, false);
        Optional<String> tenant = env.get(APP_TENANT_ID);
        if (!credentials) {
            for (String dependent : new String[] {APP_TENANT_ID, OPENID_METADATA_URL, TOKEN_URL}) {
                if (env.get(dependent).isPresent() && !anonymous) {
                    throw new ConfigException(dependent + " is set but " + APP_ID + " and " + APP_PASSWORD
                            + " are not; set them to enable the Teams adapter, or unset " + dependent);
                }
            }
            if (!anonymous) {
                return Optional.empty();
            }
        }
        if (anonymous && !server.loopbackOnly()) {
            throw new ConfigException(ALLOW_ANONYMOUS + "=true accepts unauthenticated activities, so it is only allowed "
                    + "while HOST is a loopback address (HOST=" + server.host() + ")");
        }
        tenant.ifPresent(t -> {
            if (!TENANT.matcher(t).matches()) {
                throw new ConfigException(APP_TENANT_ID + " must be a tenant GUID or domain name, got \"" + t + "\"");
            }
        });
        URI metadata = url(env, OPENID_METADATA_URL, DEFAULT_OPENID_METADATA_URL);
        URI token = url(env, TOKEN_URL, tenant
                .map(t -> "https://login.microsoftonline.com/" + t + "/oauth2/v2.0/token")
                .orElse(DEFAULT_TOKEN_URL));
        return Optional.of(new TeamsConfig(env.get(APP_ID), env.get(APP_PASSWORD), tenant, metadata, token, anonymous));
    }

    /** True when outbound calls can authenticate (the adapter may also run anonymously for the Emulator). */
    public boolean hasCredentials() {
        return appId.isPresent();
    }

    /** Keeps the secret out of logs and exception messages. */
    @Override
    public String toString() {
        return "TeamsConfig[appId=" + appId.orElse("<none>") + ", appPassword=" + (appPassword.isPresent() ? "***" : "<none>")
                + ", tenantId=" + tenantId.orElse("<multi-tenant>") + ", openIdMetadataUrl=" + openIdMetadataUrl
                + ", tokenUrl=" + tokenUrl + ", allowAnonymous=" + allowAnonymous + "]";
    }

    /**
     * An absolute http(s) URL; plain http only towards loopback, because whoever answers these
     * URLs decides which tokens the bot trusts and receives its client secret.
     */
    private static URI url(Env env, String name, String fallback) {
        String raw = env.get(name, fallback);
        URI uri;
        try {
            uri = new URI(raw);
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(name + " is not a valid URL: \"" + raw + "\"");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigException(name + " must be an absolute https URL, got \"" + raw + "\"");
        }
        if (scheme.equals("http") && !Loopback.isLoopbackHost(uri.getHost())) {
            throw new ConfigException(name + " must use https unless it points at this machine, got \"" + raw + "\"");
        }
        return uri;
    }
}
