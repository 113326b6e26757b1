package org.focalbot.bot.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;

/** A digest channel that records what it delivered and can be told to fail. */
final class RecordingChannel implements DigestChannel {

    record Sent(ConversationAddress to, Digest digest, String marker) {
    }

    final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    volatile Supplier<DeliveryException> failure;
    volatile boolean remembersMarkers;
    volatile String cannotPost;
    volatile Runnable beforeDelivery = () -> { };
    private final Platform platform;

    RecordingChannel(Platform platform) {
        this.platform = platform;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public void deliver(ConversationAddress to, Digest digest, String marker) throws DeliveryException {
        beforeDelivery.run();
        if (failure != null) {
            throw failure.get();
        }
        sent.add(new Sent(to, digest, marker));
    }

    @Override
    public Optional<Boolean> alreadyDelivered(ConversationAddress to, String marker, Instant since) {
        return remembersMarkers ? Optional.of(sent.stream().anyMatch(s -> s.marker().equals(marker))) : Optional.empty();
    }

    @Override
    public Optional<String> cannotPost(ConversationAddress to) {
        return Optional.ofNullable(cannotPost);
    }
}
