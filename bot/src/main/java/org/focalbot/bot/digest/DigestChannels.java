package org.focalbot.bot.digest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.focalbot.bot.Platform;

/**
 * The digest channels of the running platforms. The web inbox is always there; Slack and Teams
 * register theirs when their adapters start, which happens after the core is built.
 */
public final class DigestChannels {

    private final Map<Platform, DigestChannel> channels = new ConcurrentHashMap<>();

    public DigestChannels register(DigestChannel channel) {
        channels.put(channel.platform(), channel);
        return this;
    }

    public Optional<DigestChannel> of(Platform platform) {
        return Optional.ofNullable(channels.get(platform));
    }
}
