package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.focalbot.adapters.slack.fake.SignedSlackClient;
import org.focalbot.adapters.slack.fake.SlackPayloads;
import org.focalbot.adapters.slack.web.HttpPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests to {@code /slack/events} that Slack did not sign, signed too long ago or for the
 * future, or changed after signing are refused with 401 before anything reads them, and nothing
 * is posted to Slack because of them.
 */
class SlackRequestVerificationTest {

    @TempDir
    Path dataDir;

    private final ObjectMapper mapper = new ObjectMapper();
    private final SlackPayloads payloads = new SlackPayloads(SlackServerFixture.TEAM, null);
    private SlackServerFixture server;

    @BeforeEach
    void start() throws Exception {
        server = SlackServerFixture.start(dataDir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private byte[] mention() {
        return payloads.appMention("Ev100", "C0PARTNERS", "U0ALICE", "<@U0BOT> hello", "1700000000.000100", null)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String epoch(Duration fromNow) {
        return Long.toString(Instant.now().plus(fromNow).getEpochSecond());
    }

    /** Each case: what is wrong, then the timestamp and signature sent with the body (null = header left out). */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a signature made with another secret", "now", "other-secret"),
                Arguments.of("a timestamp six minutes old", "-PT6M", "secret"),
                Arguments.of("a timestamp six minutes in the future", "PT6M", "secret"),
                Arguments.of("a timestamp one second past the window", "-PT5M1S", "secret"),
                Arguments.of("a timestamp that is not a number", "yesterday", "secret"),
                Arguments.of("no timestamp header", null, "secret"),
                Arguments.of("no signature header", "now", null),
                Arguments.of("neither header", null, null));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refused")
    void badlySignedRequestsAreRefusedWith401(String what, String when, String signedWith) throws Exception {
        byte[] body = mention();
        String timestamp = when == null ? null
                : when.equals("now") ? epoch(Duration.ZERO)
                : when.startsWith("-P") || when.startsWith("P") ? epoch(Duration.parse(when)) : when;
        String signature = signedWith == null ? null
                : signedWith.equals("secret")
                ? server.client().sign(timestamp == null ? epoch(Duration.ZERO) : timestamp, body)
                : new SignedSlackClient(server.eventsUrl(), "other-secret", java.time.Clock.systemUTC())
                        .sign(timestamp, body);

        HttpPost.Response r = server.client().sendRaw(body, SignedSlackClient.JSON, timestamp, signature);

        assertEquals(401, r.status(), what);
        assertTrue(mapper.readTree(r.body()).path("error").isTextual(), "a JSON error: " + r.body());
        assertNothingPosted();
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws Exception {
        byte[] body = mention();
        String timestamp = epoch(Duration.ZERO);
        String signature = server.client().sign(timestamp, body);
        byte[] changed = new String(body, StandardCharsets.UTF_8).replace("hello", "help!").getBytes(StandardCharsets.UTF_8);

        HttpPost.Response r = server.client().sendRaw(changed, SignedSlackClient.JSON, timestamp, signature);

        assertEquals(401, r.status());
        assertNothingPosted();
    }

    @Test
    void aSignatureThatIsOnlyAPrefixOfTheRightOneIsRefused() throws Exception {
        byte[] body = mention();
        String timestamp = epoch(Duration.ZERO);
        String signature = server.client().sign(timestamp, body);

        HttpPost.Response r = server.client().sendRaw(body, SignedSlackClient.JSON, timestamp, signature.substring(0, 20));

        assertEquals(401, r.status());
    }

    @Test
    void timestampsWithinFourMinutesEitherWayAreAccepted() throws Exception {
        for (String offset : new String[]{"-PT4M", "PT4M"}) {
            byte[] body = payloads.urlVerification("challenge" + offset).getBytes(StandardCharsets.UTF_8);
            String timestamp = epoch(Duration.parse(offset));
            HttpPost.Response r = server.client().sendRaw(body, SignedSlackClient.JSON, timestamp,
                    server.client().sign(timestamp, body));
            assertEquals(200, r.status(), offset);
            assertEquals("challenge" + offset, r.body());
        }
    }

    @Test
    void aNonAsciiBodySignedOverItsUtf8BytesIsAccepted() throws Exception {
        byte[] body = payloads.appMention("Ev101", "C0PARTNERS", "U0ALICE", "<@U0BOT> hello — Zürich, 東京, عربي 🤝",
                "1700000000.000100", null).getBytes(StandardCharsets.UTF_8);
        String timestamp = epoch(Duration.ZERO);

        HttpPost.Response r = server.client().sendRaw(body, SignedSlackClient.JSON, timestamp,
                server.client().sign(timestamp, body));

        assertEquals(200, r.status());
        server.slack.await("chat.postMessage", 1, Duration.ofSeconds(10));
    }

    private void assertNothingPosted() {
        assertTrue(server.slack.outbound().isEmpty(), "nothing may reach Slack: " + server.slack.outbound());
        assertTrue(server.slack.calls("auth.test").isEmpty(), "a refused request never gets as far as authorisation");
    }
}
