package org.focalbot.adapters.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;

/**
 * Bolt's signature generator, but hashing the body as UTF-8: Bolt's own uses the JVM's default
 * charset, which rejects every non-ASCII body on a JVM started without {@code -Dfile.encoding=UTF-8}.
 * Lets Bolt's verification middleware stay in place as a second check whatever the platform.
 */
final class Utf8SignatureGenerator extends SlackSignature.Generator {

    private final SignatureVerifier signer;

    Utf8SignatureGenerator(String signingSecret) {
        super(signingSecret);
        this.signer = new SignatureVerifier(signingSecret, java.time.Clock.systemUTC());
    }

    @Override
    public String generate(String slackRequestTimestamp, String requestBody) {
        if (slackRequestTimestamp == null || requestBody == null) {
            return null;
        }
        return signer.signature(slackRequestTimestamp, requestBody.getBytes(StandardCharsets.UTF_8));
    }
}
