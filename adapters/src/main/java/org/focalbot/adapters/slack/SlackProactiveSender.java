package org.focalbot.adapters.slack;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.focalbot.adapters.slack.web.SlackCallException;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.delivery.ProactiveSender;

/**
 * Posts replies to a Slack channel outside of a turn (the weekly digest) with
 * {@code chat.postMessage}, at most about one message per second per channel. Errors that mean
 * the bot can no longer post there become permanent {@link DeliveryException}s.
 */
public final class SlackProactiveSender implements ProactiveSender {

    /** Slack errors after which posting to that channel will keep failing until someone acts. */
    static final Set<String> PERMANENT_ERRORS = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "account_inactive", "invalid_auth", "token_revoked", "missing_scope", "restricted_action");

    private final SlackWebApi api;
    private final BlockKit blockKit;
    private final ChannelPacer pacer;

    SlackProactiveSender(SlackWebApi api, BlockKit blockKit, ChannelPacer pacer) {
        this.api = api;
        this.blockKit = blockKit;
        this.pacer = pacer;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void send(ConversationAddress to, List<Reply> replies) throws DeliveryException {
        if (to.platform() != Platform.SLACK) {
            throw DeliveryException.permanent("the Slack sender cannot post to a " + to.platform().id() + " conversation");
        }
        String channel = to.conversation();
        for (SlackMessage message : blockKit.messages(replies)) {
            try {
                pacer.await(channel);
                api.postMessage(channel, null, message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.transientFailure("interrupted while posting to Slack channel " + channel, null);
            } catch (SlackCallException e) {
                throw toDelivery(e);
            }
        }
    }

    static DeliveryException toDelivery(SlackCallException e) {
        boolean permanent = PERMANENT_ERRORS.contains(e.error());
        Duration retryAfter = e.retryAfter().orElse(null);
        return new DeliveryException(e.getMessage(), permanent, permanent ? null : retryAfter, e);
    }
}
