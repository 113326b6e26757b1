package org.focalbot.bot.digest;

import java.time.Instant;
import java.util.Optional;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;

/**
 * Delivers a digest to one platform in that platform's own format (Block Kit, Adaptive Card,
 * Markdown). Provided by each adapter.
 */
public interface DigestChannel {

    Platform platform();

    /**
     * Posts the digest; {@code marker} identifies this subscription and period and should travel with
     * the message where the platform allows it, so {@link #alreadyDelivered} can find it later.
     */
    void deliver(ConversationAddress to, Digest digest, String marker) throws DeliveryException;

    /**
     * Whether a message with {@code marker} already reached the conversation since {@code since}.
     * Empty when the platform cannot tell; the scheduler then sends again rather than lose the digest.
     */
    default Optional<Boolean> alreadyDelivered(ConversationAddress to, String marker, Instant since) {
        return Optional.empty();
    }

    /** Why the assistant cannot post in that conversation, if it can tell that it cannot. */
    default Optional<String> cannotPost(ConversationAddress to) {
        return Optional.empty();
    }
}
