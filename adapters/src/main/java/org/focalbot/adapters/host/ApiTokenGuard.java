package org.focalbot.adapters.host;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Requires {@code Authorization: Bearer FOCAL_API_TOKEN} on the JSON API when a token is
 * configured. Platform webhooks that authenticate themselves (Teams' {@code /api/messages}) are
 * exempt; the comparison runs in constant time.
 */
public final class ApiTokenGuard {

    private final byte[] expected;
    private final Set<String> exempt;

    public ApiTokenGuard(String token, Set<String> exemptPaths) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.exempt = Set.copyOf(exemptPaths);
    }

    public void check(Context ctx) {
        if (exempt.contains(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"focalbot\"");
            throw ApiException.unauthorized(header == null
                    ? "this server requires \"Authorization: Bearer <FOCAL_API_TOKEN>\""
                    : "the bearer token is not valid");
        }
    }
}
