package org.focalbot.adapters.teams.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import org.focalbot.adapters.teams.FakeBotFramework;
import org.focalbot.adapters.teams.TestTokens;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenValidatorTest {

    static final String APP = "11111111-2222-3333-4444-555555555555";
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    static final RSAKey KEY = TestTokens.newKey("teams-key");
    static final RSAKey WEBCHAT_ONLY = TestTokens.newKey("webchat-key");
    static final RSAKey UNENDORSED = TestTokens.newKey("bare-key");
    static final RSAKey UNPUBLISHED = TestTokens.newKey("secret-key");

    FakeBotFramework fake;
    TokenValidator validator;
    String serviceUrl;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotFramework();
        fake.publish(KEY, Set.of("msteams", "emulator"));
        fake.publish(WEBCHAT_ONLY, Set.of("webchat"));
        fake.publish(UNENDORSED, Set.of());
        serviceUrl = fake.serviceUrl();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        validator = new TokenValidator(APP, new SigningKeys(HttpClient.newHttpClient(), fake.metadataUrl(),
                Json.newMapper(), clock), clock);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    JWTClaimsSet.Builder claims() {
        return TestTokens.validClaims(APP, serviceUrl, NOW);
    }

    int refusal(String token) {
        return assertThrows(AuthenticationException.class, () -> validator.validate(token, "msteams", serviceUrl)).status();
    }

    @Test
    void aTokenSignedByAnEndorsedKeyForThisBotAndServiceUrlIsAccepted() throws Exception {
        JWTClaimsSet accepted = validator.validate(TestTokens.rs256(KEY, claims().build()), "msteams", serviceUrl);
        assertEquals(serviceUrl, accepted.getStringClaim("serviceurl"));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertEquals(401, refusal(TestTokens.unsigned(claims().build())));
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRefused() {
        assertEquals(401, refusal(TestTokens.hs256WithPublicKey(KEY, claims().build())));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertEquals(401, refusal(TestTokens.rs256(KEY, claims().issuer("https://sts.windows.net/evil/").build())));
    }

    @Test
    void aTokenForAnotherBotIsForbidden() {
        assertEquals(403, refusal(TestTokens.rs256(KEY, claims().audience("someone-else").build())));
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIsRefused() {
        assertEquals(401, refusal(TestTokens.rs256(UNPUBLISHED, claims().build())));
    }

    @Test
    void aTokenSignedByAnotherKeyUnderAKnownKeyIdIsRefused() {
        assertEquals(401, refusal(TestTokens.rs256(UNPUBLISHED, KEY.getKeyID(), claims().build())));
    }

    @Test
    void aTokenExpiredSixMinutesAgoIsRefusedButFourMinutesIsWithinTheSkew() throws Exception {
        String sixMinutes = TestTokens.rs256(KEY, claims().expirationTime(Date.from(NOW.minus(Duration.ofMinutes(6)))).build());
        String fourMinutes = TestTokens.rs256(KEY, claims().expirationTime(Date.from(NOW.minus(Duration.ofMinutes(4)))).build());
        assertEquals(401, refusal(sixMinutes));
        validator.validate(fourMinutes, "msteams", serviceUrl);
    }

    @Test
    void aTokenNotValidForAnotherSixMinutesIsRefused() {
        String early = TestTokens.rs256(KEY, claims().notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(6)))).build());
        assertEquals(401, refusal(early));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertEquals(401, refusal(TestTokens.rs256(KEY, claims().expirationTime(null).build())));
    }

    @Test
    void aKeyNotEndorsedForTheActivitysChannelIsForbidden() {
        assertEquals(403, refusal(TestTokens.rs256(WEBCHAT_ONLY, claims().build())));
    }

    @Test
    void aKeyWithoutEndorsementsVouchesForNoChannel() {
        assertEquals(403, refusal(TestTokens.rs256(UNENDORSED, claims().build())));
    }

    @Test
    void anActivityWithoutChannelIdIsForbidden() {
        String token = TestTokens.rs256(KEY, claims().build());
        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> validator.validate(token, null, serviceUrl));
        assertEquals(403, e.status());
    }

    @Test
    void anActivityNamingAnotherServiceUrlThanTheTokenIsForbidden() {
        String token = TestTokens.rs256(KEY, claims().build());
        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> validator.validate(token, "msteams", "https://attacker.example/"));
        assertEquals(403, e.status());
    }

    @Test
    void aTokenWithoutServiceUrlClaimIsForbidden() {
        assertEquals(403, refusal(TestTokens.rs256(KEY, claims().claim("serviceurl", null).build())));
    }

    @Test
    void garbageIsRefusedAsUnauthorized() {
        assertEquals(401, refusal("not.a.token"));
        assertEquals(401, refusal("abc"));
    }
}
