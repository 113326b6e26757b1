package org.focalbot.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.focalbot.adapters.slack.web.SlackCallException;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.digest.DigestChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the weekly digest to a Slack channel as Block Kit with {@code chat.postMessage}, paced to
 * about one message per second per channel. The message carries Slack message metadata
 * ({@code event_type} {@value #EVENT_TYPE}, the delivery marker in {@code event_payload}) so that after
 * a crash the scheduler can ask {@code conversations.history} whether it already arrived.
 */
public final class SlackDigestChannel implements DigestChannel {

    private static final Logger log = LoggerFactory.getLogger(SlackDigestChannel.class);

    static final String EVENT_TYPE = "focal_digest";
    static final int HISTORY_PAGE_SIZE = 100;
    /** Pages of history read before giving up with "cannot tell" (the scheduler then sends again). */
    static final int HISTORY_PAGES = 5;
    /**
     * The history is read from this long before the claim: Slack stamps messages with its own clock,
     * and an older message with the same marker can only be the same digest, so a wide margin costs nothing.
     */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    /** What Slack's permanent errors mean for the people reading the subscription's status. */
    static final Map<String, String> REASONS = Map.of(
            "not_in_channel", "I'm not a member of that channel any more",
            "channel_not_found", "the channel no longer exists, or it is private and I was not invited",
            "is_archived", "the channel is archived",
            "account_inactive", "my Slack app was deactivated; an administrator must reinstall it",
            "invalid_auth", "my Slack token is no longer valid; an administrator must reinstall the app",
            "token_revoked", "my Slack token was revoked; an administrator must reinstall the app",
            "missing_scope", "my Slack app lacks a permission it needs; an administrator must update it",
            "restricted_action", "this workspace does not allow me to post in that channel");

    private final SlackWebApi api;
    private final SlackDigestBlocks blocks;
    private final ChannelPacer pacer;
    private final ObjectMapper mapper;

    SlackDigestChannel(SlackWebApi api, SlackDigestBlocks blocks, ChannelPacer pacer, ObjectMapper mapper) {
        this.api = api;
        this.blocks = blocks;
        this.pacer = pacer;
        this.mapper = mapper;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void deliver(ConversationAddress to, Digest digest, String marker) throws DeliveryException {
        if (to.platform() != Platform.SLACK) {
            throw DeliveryException.permanent("the Slack digest cannot go to a " + to.platform().id() + " conversation");
        }
        String channel = to.conversation();
        SlackMessage message = blocks.render(digest);
        try {
            pacer.await(channel);
            api.postMessage(channel, null, message, metadata(marker));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure("interrupted while posting the digest to Slack channel " + channel, null);
        } catch (SlackCallException e) {
            throw failure(e);
        }
    }

    /**
     * Looks for a message carrying {@code marker} in the channel's history since {@code since}. Empty
     * when Slack cannot be asked (no {@code channels:history} scope, an outage) or the channel had
     * too many messages since then to read them all.
     */
    @Override
    public Optional<Boolean> alreadyDelivered(ConversationAddress to, String marker, Instant since) {
        if (to.platform() != Platform.SLACK) {
            return Optional.empty();
        }
        String oldest = since == null ? "0" : timestamp(since.minus(CLOCK_MARGIN));
        String cursor = null;
        try {
            for (int page = 0; page < HISTORY_PAGES; page++) {
                JsonNode answer = api.history(to.conversation(), oldest, cursor, HISTORY_PAGE_SIZE);
                for (JsonNode message : answer.path("messages")) {
                    JsonNode metadata = message.path("metadata");
                    if (EVENT_TYPE.equals(metadata.path("event_type").asText())
                            && marker.equals(metadata.path("event_payload").path("marker").asText())) {
                        return Optional.of(true);
                    }
                }
                cursor = answer.path("response_metadata").path("next_cursor").asText("");
                if (!answer.path("has_more").asBoolean(false)) {
                    return Optional.of(false);
                }
                if (cursor.isEmpty()) {
                    return Optional.empty();
                }
            }
            log.info("digest {}: more than {} messages in {} since {}; cannot tell whether it arrived", marker,
                    HISTORY_PAGES * HISTORY_PAGE_SIZE, to.conversation(), since);
            return Optional.empty();
        } catch (SlackCallException e) {
            log.warn("digest {}: could not read the history of {}: {}", marker, to.conversation(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Asks {@code conversations.info}: an archived channel, or one the bot is not a member of, cannot
     * take the digest. Empty when the bot can post, and when Slack cannot be asked.
     */
    @Override
    public Optional<String> cannotPost(ConversationAddress to) {
        if (to.platform() != Platform.SLACK) {
            return Optional.of("this is not a Slack conversation");
        }
        JsonNode channel;
        try {
            channel = api.conversationInfo(to.conversation());
        } catch (SlackCallException e) {
            if ("channel_not_found".equals(e.error())) {
                return Optional.of("I can't see this channel: it is private and I haven't been invited, or it was deleted");
            }
            if (e.permanent() && !"missing_scope".equals(e.error()) && REASONS.containsKey(e.error())) {
                return Optional.of(REASONS.get(e.error()));
            }
            log.info("cannot tell whether the digest can be posted in {}: {}", to.conversation(), e.getMessage());
            return Optional.empty();
        }
        String name = channel.path("name").asText("");
        String shown = name.isEmpty() ? "this channel" : "#" + name;
        if (channel.path("is_archived").asBoolean(false)) {
            return Optional.of(shown + " is archived");
        }
        boolean direct = channel.path("is_im").asBoolean(false);
        if (!direct && channel.has("is_member") && !channel.path("is_member").asBoolean()) {
            return Optional.of("I'm not a member of " + shown);
        }
        return Optional.empty();
    }

    private ObjectNode metadata(String marker) {
        ObjectNode metadata = mapper.createObjectNode().put("event_type", EVENT_TYPE);
        metadata.putObject("event_payload").put("marker", marker);
        return metadata;
    }

    /** A Slack timestamp ("seconds.micros") for an instant. */
    static String timestamp(Instant at) {
        return at.getEpochSecond() + "." + String.format("%06d", at.getNano() / 1000);
    }

    /** Permanent for errors after which posting there keeps failing; otherwise transient, with Slack's wait. */
    static DeliveryException failure(SlackCallException e) {
        boolean permanent = SlackProactiveSender.PERMANENT_ERRORS.contains(e.error());
        String reason = REASONS.get(e.error());
        String message = reason == null ? e.getMessage() : reason + " (" + e.getMessage() + ")";
        return new DeliveryException(message, permanent, permanent ? null : e.retryAfter().orElse(null), e);
    }
}
