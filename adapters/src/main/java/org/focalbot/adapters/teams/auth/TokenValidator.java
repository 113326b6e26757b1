package org.focalbot.adapters.teams.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Checks a Bot Connector token the way the Bot Framework's "connector to bot" authentication
 * requires: an RS256 signature by a key from the OpenID metadata, issuer
 * {@code https://api.botframework.com}, audience = this bot's app id, {@code exp}/{@code nbf} with
 * five minutes of clock skew, a key endorsed for the activity's channel, and a {@code serviceurl}
 * claim equal to the activity's {@code serviceUrl} (so a stolen token cannot redirect replies).
 */
public final class TokenValidator {

    public static final String ISSUER = "https://api.botframework.com";
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final String SERVICE_URL_CLAIM = "serviceurl";

    private final String appId;
    private final SigningKeys keys;
    private final Clock clock;

    public TokenValidator(String appId, SigningKeys keys, Clock clock) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Validates {@code token} for an activity from {@code channelId} that names {@code serviceUrl};
     * returns the verified claims.
     */
    public JWTClaimsSet validate(String token, String channelId, String serviceUrl)
            throws AuthenticationException, SigningKeys.UnavailableException {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            // Unsigned ("alg": "none") tokens land here too: they have no JWS header.
            throw AuthenticationException.unauthorized("the bearer token is not a signed JWT");
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw AuthenticationException.unauthorized("tokens signed with " + header.getAlgorithm() + " are not accepted");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw AuthenticationException.unauthorized("the token does not name its signing key");
        }
        JWTClaimsSet unverified = claims(jwt);
        // Checked before the key lookup so tokens from other issuers cannot trigger key refreshes.
        if (!ISSUER.equals(unverified.getIssuer())) {
            throw AuthenticationException.unauthorized("the token was not issued by the Bot Framework");
        }
        SigningKey key = keys.find(header.getKeyID()).orElseThrow(
                () -> AuthenticationException.unauthorized("the token is signed with an unknown key"));
        if (!verifies(jwt, key)) {
            throw AuthenticationException.unauthorized("the token signature does not verify");
        }
        JWTClaimsSet claims = claims(jwt);
        checkLifetime(claims);
        if (claims.getAudience() == null || !claims.getAudience().contains(appId)) {
            throw AuthenticationException.forbidden("the token was issued for another bot");
        }
        if (channelId == null || channelId.isBlank() || !key.endorsements().contains(channelId)) {
            throw AuthenticationException.forbidden("the signing key is not endorsed for channel \"" + channelId + "\"");
        }
        Object claimed = claims.getClaim(SERVICE_URL_CLAIM);
        if (!(claimed instanceof String s) || !s.equals(serviceUrl)) {
            throw AuthenticationException.forbidden("the token does not vouch for the activity's serviceUrl");
        }
        return claims;
    }

    private void checkLifetime(JWTClaimsSet claims) throws AuthenticationException {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw AuthenticationException.unauthorized("the token has no expiry");
        }
        if (now.isAfter(exp.toInstant().plus(CLOCK_SKEW))) {
            throw AuthenticationException.unauthorized("the token has expired");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minus(CLOCK_SKEW))) {
            throw AuthenticationException.unauthorized("the token is not valid yet");
        }
    }

    private static boolean verifies(SignedJWT jwt, SigningKey key) {
        try {
            return jwt.verify(new RSASSAVerifier(key.key()));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) throws AuthenticationException {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw AuthenticationException.unauthorized("the token's claims are not valid JSON");
        }
    }
}
