package org.focalbot.adapters.slack.fake;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.focalbot.adapters.slack.SignatureVerifier;
import org.focalbot.adapters.slack.web.HttpPost;

/** Sends requests to {@code /slack/events} the way Slack does: signed with the signing secret at the current time. */
public final class SignedSlackClient {

    public static final String JSON = "application/json";
    public static final String FORM = "application/x-www-form-urlencoded";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI eventsUrl;
    private final SignatureVerifier signer;
    private final Clock clock;

    public SignedSlackClient(URI eventsUrl, String signingSecret, Clock clock) {
        this.eventsUrl = eventsUrl;
        this.signer = new SignatureVerifier(signingSecret, clock);
        this.clock = clock;
    }

    /**
     * Signs {@code body} now and posts it on a connection of its own; {@code extraHeaders} e.g.
     * X-Slack-Retry-Num. (A kept-alive idle connection would hold up a graceful server stop for
     * seconds, which tests that restart the server notice; {@link #sendKeepAlive} keeps them.)
     */
    public HttpPost.Response send(String body, String contentType, Map<String, String> extraHeaders) throws IOException {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Connection", "close");
        return post(body, contentType, headers);
    }

    /** Like {@link #send}, on a kept-alive connection, as Slack sends under load. */
    public HttpPost.Response sendKeepAlive(String body, String contentType, Map<String, String> extraHeaders)
            throws IOException {
        return post(body, contentType, extraHeaders);
    }

    private HttpPost.Response post(String body, String contentType, Map<String, String> extraHeaders) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        headers.put(SignatureVerifier.TIMESTAMP_HEADER, timestamp);
        headers.put(SignatureVerifier.SIGNATURE_HEADER, sign(timestamp, bytes));
        return HttpPost.send(eventsUrl, headers, bytes, TIMEOUT);
    }

    public HttpPost.Response send(String body, String contentType) throws IOException {
        return send(body, contentType, Map.of());
    }

    /** Posts exactly these bytes and headers (a null header is left out), for requests Slack would not send. */
    public HttpPost.Response sendRaw(byte[] body, String contentType, String timestamp, String signature) throws IOException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Connection", "close");
        if (timestamp != null) {
            headers.put(SignatureVerifier.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            headers.put(SignatureVerifier.SIGNATURE_HEADER, signature);
        }
        return HttpPost.send(eventsUrl, headers, body, TIMEOUT);
    }

    /** The signature Slack would send for {@code body} at {@code timestamp}. */
    public String sign(String timestamp, byte[] body) {
        return signer.signature(timestamp, body);
    }
}
