package org.focalbot.adapters.teams.auth;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Set;

/**
 * One Bot Framework token-signing key and the channels it may vouch for ("msteams", "webchat", …).
 *
 * @param key          the public RSA key
 * @param endorsements the channel ids listed in the key's {@code endorsements} member
 */
public record SigningKey(RSAKey key, Set<String> endorsements) {
    public SigningKey {
        endorsements = Set.copyOf(endorsements);
    }

    public String kid() {
        return key.getKeyID();
    }
}
