package org.focalbot.adapters.host;

import java.util.Map;

/** Response headers that keep browsers safe: set on every response, plus a strict policy for the chat page. */
final class WebHeaders {
    private WebHeaders() {
    }

    static final Map<String, String> COMMON = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    /** The page loads only its own script and style; no inline code, no third parties. */
    static final Map<String, String> STATIC = Map.of(
            "Cache-Control", "no-cache",
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            "X-Frame-Options", "DENY");
}
