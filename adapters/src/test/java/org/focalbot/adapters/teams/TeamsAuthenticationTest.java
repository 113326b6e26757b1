package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token matrix against the running server: every forged or unsuitable token is refused with
 * 401/403 and makes the bot call nobody. After each refusal a genuine message in the same
 * conversation is answered, and that answer must be the only connector call: since one
 * conversation's work runs in order, a refused activity that had been queued would show up first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsAuthenticationTest {

    TeamsHarness teams;
    final RSAKey webchatOnly = TestTokens.newKey("webchat-only");
    final RSAKey unpublished = TestTokens.newKey("never-published");
    final AtomicInteger ids = new AtomicInteger();

    @BeforeAll
    void start(@TempDir Path dataDir) throws Exception {
        teams = new TeamsHarness(dataDir);
        teams.fake.publish(webchatOnly, Set.of("webchat", "directline"));
    }

    @AfterAll
    void stop() {
        teams.close();
    }

    /** A name, how to build the Authorization header and activity, and the status expected. */
    record Case(String name, BiFunction<TeamsHarness, ObjectNode, String> authorization, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> forgeries() {
        RSAKey webchat = webchatOnly;
        RSAKey stranger = unpublished;
        return Stream.of(
                new Case("no Authorization header", (t, a) -> null, 401),
                new Case("\"Bearer\" without a token", (t, a) -> "Bearer", 401),
                new Case("alg none", (t, a) -> "Bearer " + TestTokens.unsigned(t.claims().build()), 401),
                new Case("HS256 signed with the public key",
                        (t, a) -> "Bearer " + TestTokens.hs256WithPublicKey(t.key, t.claims().build()), 401),
                new Case("wrong issuer",
                        (t, a) -> "Bearer " + TestTokens.rs256(t.key, t.claims().issuer("https://api.example.org").build()), 401),
                new Case("wrong audience",
                        (t, a) -> "Bearer " + TestTokens.rs256(t.key, t.claims().audience("another-bot").build()), 403),
                new Case("unknown kid", (t, a) -> "Bearer " + TestTokens.rs256(stranger, t.claims().build()), 401),
                new Case("expired by 6 minutes", (t, a) -> "Bearer " + TestTokens.rs256(t.key, t.claims()
                        .expirationTime(Date.from(t.clock.instant().minus(Duration.ofMinutes(6)))).build()), 401),
                new Case("key endorsed for other channels only",
                        (t, a) -> "Bearer " + TestTokens.rs256(webchat, t.claims().build()), 403),
                new Case("forged serviceUrl", (t, a) -> {
                    a.put("serviceUrl", "https://attacker.example/");
                    return "Bearer " + t.validToken();
                }, 403)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("forgeries")
    void aForgedRequestIsRefusedAndCausesNoOutboundCall(Case forged) throws Exception {
        String conversation = "a:forgery-" + ids.incrementAndGet();
        ObjectNode attack = teams.message("attack-" + ids.get(), conversation, "hello");
        HttpResponse<String> refused = teams.post(attack, forged.authorization().apply(teams, attack));
        assertEquals(forged.status(), refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error\""), refused.body());

        assertEquals(202, teams.send(teams.message("genuine-" + ids.get(), conversation, "hello")).statusCode());
        FakeBotFramework.ConnectorCall reply = teams.fake.nextCall();
        assertTrue(reply.path().endsWith("/activities/genuine-" + ids.get()), reply.path());
        assertEquals(0, teams.fake.pendingCalls().size(), "the refused activity was never answered");
        teams.fake.allCalls().forEach(c -> assertTrue(!c.path().contains("attack-"), "answered a forgery: " + c.path()));
    }

    @Test
    void aTokenExpiredFourMinutesAgoIsStillWithinTheSkewAndAnswered() throws Exception {
        String token = TestTokens.rs256(teams.key, teams.claims()
                .expirationTime(Date.from(teams.clock.instant().minus(Duration.ofMinutes(4)))).build());
        HttpResponse<String> accepted = teams.post(teams.message("late-1", "a:late", "hello"), "Bearer " + token);
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(teams.fake.nextCall().path().endsWith("/activities/late-1"));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequestOnceTheHeaderIsThere() throws Exception {
        HttpResponse<String> r = teams.post(teams.mapper.createArrayNode().add("x"), "Bearer " + teams.validToken());
        assertEquals(400, r.statusCode());
    }
}
