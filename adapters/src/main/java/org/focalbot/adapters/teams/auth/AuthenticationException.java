package org.focalbot.adapters.teams.auth;

/**
 * An inbound request did not prove it comes from the Bot Framework for this bot: 401 when no
 * identity was established (missing, malformed, unverifiable or expired token), 403 when a valid
 * token was not issued for this bot, this channel or this service URL.
 */
public final class AuthenticationException extends Exception {

    private final int status;

    private AuthenticationException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static AuthenticationException unauthorized(String message) {
        return new AuthenticationException(401, message);
    }

    public static AuthenticationException forbidden(String message) {
        return new AuthenticationException(403, message);
    }

    public int status() {
        return status;
    }
}
