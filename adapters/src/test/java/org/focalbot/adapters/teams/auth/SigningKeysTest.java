package org.focalbot.adapters.teams.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.teams.FakeBotFramework;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.teams.TestTokens;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    static final RSAKey FIRST = TestTokens.newKey("first");
    static final RSAKey ROTATED = TestTokens.newKey("rotated");

    FakeBotFramework fake;
    MutableClock clock;
    SigningKeys keys;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotFramework();
        fake.publish(FIRST, Set.of("msteams", "webchat"));
        clock = new MutableClock(Instant.parse("2025-06-02T09:00:00Z"));
        keys = new SigningKeys(HttpClient.newHttpClient(), fake.metadataUrl(), Json.newMapper(), clock);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void keysAreReadWithTheirEndorsementsAndCached() throws Exception {
        SigningKey key = keys.find("first").orElseThrow();
        assertEquals(Set.of("msteams", "webchat"), key.endorsements());
        assertEquals(FIRST.toPublicJWK().getModulus(), key.key().getModulus());
        keys.find("first");
        assertEquals(1, fake.keyFetches(), "a known key is served from the cache");
    }

    @Test
    void anUnknownKeyIdRefreshesTheKeysAtMostOnceAMinute() throws Exception {
        keys.find("first");
        assertTrue(keys.find("forged-1").isEmpty());
        assertEquals(1, fake.keyFetches(), "the first lookup just loaded the keys: no second fetch within the minute");
        clock.advance(Duration.ofSeconds(61));
        assertTrue(keys.find("forged-2").isEmpty());
        assertTrue(keys.find("forged-3").isEmpty());
        assertEquals(2, fake.keyFetches(), "one refresh per minute, however many unknown ids arrive");
    }

    @Test
    void aRotatedKeyIsPickedUpByTheRefreshItsUnknownIdTriggers() throws Exception {
        keys.find("first");
        fake.publish(ROTATED, Set.of("msteams"));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Set.of("msteams"), keys.find("rotated").orElseThrow().endorsements());
    }

    @Test
    void keysADayOldAreRefreshedEvenWhenKnown() throws Exception {
        keys.find("first");
        clock.advance(Duration.ofHours(24));
        keys.find("first");
        assertEquals(2, fake.keyFetches());
    }

    @Test
    void keysThatCannotBeLoadedAtAllMakeTokensUncheckable() {
        SigningKeys nowhere = new SigningKeys(HttpClient.newHttpClient(), URI.create(fake.base() + "/missing"),
                Json.newMapper(), clock);
        assertThrows(SigningKeys.UnavailableException.class, () -> nowhere.find("first"));
    }

    @Test
    void keysThatAreNotRsaSigningKeysAreIgnored() throws Exception {
        var set = Json.newMapper().readTree("""
                {"keys":[
                  {"kty":"oct","kid":"hmac","k":"c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0"},
                  {"kty":"RSA","kid":"enc","use":"enc","n":"%s","e":"AQAB","endorsements":["msteams"]},
                  {"kty":"RSA","kid":"sig","n":"%s","e":"AQAB","endorsements":["msteams"]}
                ]}""".formatted(FIRST.getModulus(), FIRST.getModulus()));
        assertEquals(Set.of("sig"), SigningKeys.parseKeySet(set).keySet());
    }
}
