package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final long NOW = 1_531_420_618L;
    private final SignatureVerifier verifier = new SignatureVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    /** The request body of the worked example in Slack's "Verifying requests from Slack" guide. */
    private final byte[] body = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c").getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesSlacksDocumentedExampleSignature() {
        assertEquals("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
                SignatureVerifier.sign(SECRET, "1531420618", body));
    }

    @Test
    void aCorrectlySignedRequestPasses() {
        assertDoesNotThrow(() -> verifier.verify(Long.toString(NOW), SignatureVerifier.sign(SECRET, Long.toString(NOW), body), body));
    }

    @Test
    void exactlyFiveMinutesEitherWayIsStillInsideTheWindow() {
        for (long ts : new long[]{NOW - 300, NOW + 300}) {
            assertDoesNotThrow(() -> verifier.verify(Long.toString(ts), SignatureVerifier.sign(SECRET, Long.toString(ts), body), body));
        }
    }

    @Test
    void oneSecondBeyondFiveMinutesInThePastOrTheFutureIsRefused() {
        for (long ts : new long[]{NOW - 301, NOW + 301}) {
            var e = assertThrows(SignatureVerifier.Rejected.class,
                    () -> verifier.verify(Long.toString(ts), SignatureVerifier.sign(SECRET, Long.toString(ts), body), body));
            assertEquals("request timestamp is more than 5 minutes away from now", e.getMessage());
        }
    }

    @Test
    void aChangedBodyOrAnotherSecretIsRefused() {
        String ts = Long.toString(NOW);
        String good = SignatureVerifier.sign(SECRET, ts, body);
        assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(ts, good, "token=changed".getBytes(StandardCharsets.UTF_8)));
        assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(ts, SignatureVerifier.sign("other", ts, body), body));
        assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(ts, good.substring(0, good.length() - 1), body));
        assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(ts, good + "0", body));
    }

    @Test
    void missingOrMalformedHeadersAreRefusedWithAReason() {
        String sig = SignatureVerifier.sign(SECRET, Long.toString(NOW), body);
        assertEquals("missing X-Slack-Request-Timestamp or X-Slack-Signature header",
                assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(null, sig, body)).getMessage());
        assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(Long.toString(NOW), null, body));
        assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(" ", " ", body));
        assertEquals("malformed X-Slack-Request-Timestamp header",
                assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify("12:00", sig, body)).getMessage());
    }

    @Test
    void nonAsciiBodiesAreSignedOverTheirUtf8Bytes() {
        byte[] utf8 = "{\"text\":\"Zürich — 東京 🤝\"}".getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);
        String sig = SignatureVerifier.sign(SECRET, ts, utf8);
        assertDoesNotThrow(() -> verifier.verify(ts, sig, utf8));
        // The same text in another encoding is other bytes, so it no longer matches.
        byte[] latin1 = "{\"text\":\"Zürich\"}".getBytes(StandardCharsets.ISO_8859_1);
        String latinSig = SignatureVerifier.sign(SECRET, ts, "{\"text\":\"Zürich\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(SignatureVerifier.Rejected.class, () -> verifier.verify(ts, latinSig, latin1));
    }

    @Test
    void boltsOwnCheckUsesUtf8WhateverTheDefaultCharset() {
        String text = "{\"text\":\"Zürich — 東京\"}";
        String ts = Long.toString(NOW);
        assertEquals(SignatureVerifier.sign(SECRET, ts, text.getBytes(StandardCharsets.UTF_8)),
                new Utf8SignatureGenerator(SECRET).generate(ts, text));
    }
}
