package org.focalbot.adapters.slack.fake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.focalbot.adapters.slack.SignatureVerifier;

/** Sends requests to {@code /slack/events} the way Slack does: signed with the signing secret at the current time. */
public final class SignedSlackClient {

    public static final String JSON = "application/json";
    public static final String FORM = "application/x-www-form-urlencoded";

    // A small fixed pool: the default executor starts a thread per burst, which under load costs more than the requests.
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "signed-slack-client");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();
    private final URI eventsUrl;
    private final String signingSecret;
    private final Clock clock;

    public SignedSlackClient(URI eventsUrl, String signingSecret, Clock clock) {
        this.eventsUrl = eventsUrl;
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    /** Signs {@code body} now and posts it; {@code extraHeaders} e.g. X-Slack-Retry-Num. */
    public HttpResponse<String> send(String body, String contentType, Map<String, String> extraHeaders) throws Exception {
        return http.send(signed(body, contentType, extraHeaders), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String body, String contentType) throws Exception {
        return send(body, contentType, Map.of());
    }

    public CompletableFuture<HttpResponse<String>> sendAsync(String body, String contentType, Map<String, String> extraHeaders) {
        return http.sendAsync(signed(body, contentType, extraHeaders), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts exactly these bytes and headers (a null header is left out), for requests Slack would not send. */
    public HttpResponse<String> sendRaw(byte[] body, String contentType, String timestamp, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(eventsUrl).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            b.header(SignatureVerifier.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            b.header(SignatureVerifier.SIGNATURE_HEADER, signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The signature Slack would send for {@code body} at {@code timestamp}. */
    public String sign(String timestamp, byte[] body) {
        return SignatureVerifier.sign(signingSecret, timestamp, body);
    }

    private HttpRequest signed(String body, String contentType, Map<String, String> extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest.Builder b = HttpRequest.newBuilder(eventsUrl).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header(SignatureVerifier.TIMESTAMP_HEADER, timestamp)
                .header(SignatureVerifier.SIGNATURE_HEADER, sign(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        extraHeaders.forEach(b::header);
        return b.build();
    }
}
