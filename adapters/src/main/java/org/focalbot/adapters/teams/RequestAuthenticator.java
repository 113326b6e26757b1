package org.focalbot.adapters.teams;

import java.util.Optional;
import org.focalbot.adapters.teams.auth.AuthenticationException;
import org.focalbot.adapters.teams.auth.SigningKeys;
import org.focalbot.adapters.teams.auth.TokenValidator;

/**
 * Decides whether an inbound activity may be processed: it must carry a Bot Framework token that
 * the {@link TokenValidator} accepts. Only in anonymous mode (the Emulator, on loopback) may a
 * request come without one, and then only for a loopback {@code serviceUrl}, so an unauthenticated
 * caller can never make the bot post to some other host.
 */
final class RequestAuthenticator {

    private static final String BEARER = "Bearer ";

    private final Optional<TokenValidator> validator;
    private final boolean allowAnonymous;

    RequestAuthenticator(Optional<TokenValidator> validator, boolean allowAnonymous) {
        this.validator = validator;
        this.allowAnonymous = allowAnonymous;
    }

    boolean allowsAnonymous() {
        return allowAnonymous;
    }

    void authenticate(String authorization, String channelId, String serviceUrl)
            throws AuthenticationException, SigningKeys.UnavailableException {
        if (authorization == null || authorization.isBlank()) {
            if (!allowAnonymous) {
                throw AuthenticationException.unauthorized("a Bot Framework token is required (Authorization: Bearer …)");
            }
            if (serviceUrl == null || !Loopback.isLoopbackUrl(serviceUrl)) {
                throw AuthenticationException.forbidden("an unauthenticated activity may only name a loopback serviceUrl");
            }
            return;
        }
        if (authorization.strip().equals(BEARER.strip())) {
            throw AuthenticationException.unauthorized("the Authorization header has no token after \"Bearer\"");
        }
        if (!authorization.startsWith(BEARER)) {
            throw AuthenticationException.unauthorized("the Authorization header must use the Bearer scheme");
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            throw AuthenticationException.unauthorized("the Authorization header has no token after \"Bearer\"");
        }
        if (validator.isEmpty()) {
            throw AuthenticationException.unauthorized("this bot has no MICROSOFT_APP_ID, so it cannot check tokens; "
                    + "connect the Emulator without an app id and password");
        }
        validator.get().validate(token, channelId, serviceUrl);
    }
}
