package org.focalbot.bot.digest;

import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.delivery.ProactiveSender;

/** A digest channel for any {@link ProactiveSender}: posts the plain-text rendering as one reply. */
public final class PlainDigestChannel implements DigestChannel {

    private final ProactiveSender sender;

    public PlainDigestChannel(ProactiveSender sender) {
        this.sender = sender;
    }

    @Override
    public Platform platform() {
        return sender.platform();
    }

    @Override
    public void deliver(ConversationAddress to, Digest digest, String marker) throws DeliveryException {
        sender.send(to, PlainTextDigest.replies(digest));
    }
}
