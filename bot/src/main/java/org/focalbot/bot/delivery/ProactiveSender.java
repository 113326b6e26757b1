package org.focalbot.bot.delivery;

import java.util.List;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;

/**
 * Posts replies to a conversation outside of a turn (digests); one implementation per platform,
 * provided by its adapter. Implementations handle the platform's own retries and rate limits and
 * throw {@link DeliveryException} once they give up.
 */
public interface ProactiveSender {

    Platform platform();

    void send(ConversationAddress to, List<Reply> replies) throws DeliveryException;
}
