package org.focalbot.adapters.teams;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;

/**
 * Bot Framework-style tokens for tests, signed with RSA keys generated here: by default a token
 * that the adapter must accept, with one claim or header changed per test.
 */
public final class TestTokens {

    public static final String ISSUER = "https://api.botframework.com";

    private TestTokens() {
    }

    public static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the adapter accepts at {@code now}: right issuer and audience, valid for an hour. */
    public static JWTClaimsSet.Builder validClaims(String appId, String serviceUrl, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(appId)
                .issueTime(Date.from(now.minus(Duration.ofMinutes(1))))
                .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(1))))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("serviceurl", serviceUrl);
    }

    public static String rs256(RSAKey key, JWTClaimsSet claims) {
        return rs256(key, key.getKeyID(), claims);
    }

    /** Signed by {@code key} but naming {@code kid} in the header. */
    public static String rs256(RSAKey key, String kid, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic confusion attack: HMAC-signed with the RSA public key's bytes as the secret. */
    public static String hs256WithPublicKey(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code "alg": "none"}). */
    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    public static JWTClaimsSet with(JWTClaimsSet.Builder base, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(base).build();
    }
}
