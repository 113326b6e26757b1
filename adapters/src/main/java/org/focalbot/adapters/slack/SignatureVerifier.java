package org.focalbot.adapters.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature ({@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)})
 * more strictly than Bolt does: over the raw body bytes (so the platform charset never matters),
 * with a timestamp window that is closed in the future as well as in the past, and with a
 * constant-time comparison.
 */
public final class SignatureVerifier {

    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Slack-Signature";
    /** Slack's replay window; a request signed further from now, either way, is refused. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    /** Why a request was refused; the message is safe to return to the caller. */
    public static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private final Clock clock;
    // Mac instances are not thread-safe and costly to look up, so each request thread keeps one.
    private final ThreadLocal<Mac> macs;

    public SignatureVerifier(String signingSecret, Clock clock) {
        byte[] secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.macs = ThreadLocal.withInitial(() -> newMac(secret));
    }

    /** Returns normally for a request Slack signed within the window; throws {@link Rejected} otherwise. */
    public void verify(String timestamp, String signature, byte[] body) throws Rejected {
        if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            throw new Rejected("missing " + TIMESTAMP_HEADER + " or " + SIGNATURE_HEADER + " header");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new Rejected("malformed " + TIMESTAMP_HEADER + " header");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > MAX_SKEW.toSeconds()) {
            throw new Rejected("request timestamp is more than 5 minutes away from now");
        }
        byte[] expected = signature(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new Rejected("invalid request signature");
        }
    }

    /** The {@code X-Slack-Signature} value for a body sent at {@code timestamp} (epoch seconds). */
    public String signature(String timestamp, byte[] body) {
        return sign(macs.get(), timestamp, body);
    }

    /** The signature with a given secret, for clients that sign like Slack (tests, the load check). */
    public static String sign(String signingSecret, String timestamp, byte[] body) {
        return sign(newMac(signingSecret.getBytes(StandardCharsets.UTF_8)), timestamp, body);
    }

    private static String sign(Mac mac, String timestamp, byte[] body) {
        mac.reset();
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static Mac newMac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
