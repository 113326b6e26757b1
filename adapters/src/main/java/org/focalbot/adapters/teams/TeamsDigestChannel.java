package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.focalbot.adapters.teams.cards.DigestCardRenderer;
import org.focalbot.adapters.teams.connector.ConnectorException;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.digest.DigestChannel;
import org.focalbot.bot.tenancy.Workspaces;

/**
 * Posts the weekly digest to a Teams conversation as one Adaptive Card, proactively through the
 * conversation reference stored when the bot was added or last spoken to: in a channel it opens a
 * new thread, in a chat it is a new message. The connector client retries throttling and gateway
 * errors with backoff; what is left becomes a transient {@link DeliveryException} (with the
 * service's {@code Retry-After}), and refusals that retrying cannot fix (the bot was removed, the
 * conversation is gone) a permanent one.
 */
public final class TeamsDigestChannel implements DigestChannel {

    private final ConversationReferences references;
    private final Workspaces workspaces;
    private final TeamsOutbox outbox;
    private final DigestCardRenderer cards;

    TeamsDigestChannel(ConversationReferences references, Workspaces workspaces, TeamsOutbox outbox,
                       DigestCardRenderer cards) {
        this.references = references;
        this.workspaces = workspaces;
        this.outbox = outbox;
        this.cards = cards;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public void deliver(ConversationAddress to, Digest digest, String marker) throws DeliveryException {
        if (to.platform() != Platform.TEAMS) {
            throw DeliveryException.permanent("the Teams digest cannot go to a " + to.platform().id() + " conversation");
        }
        ConversationReference reference = reference(to).orElseThrow(() -> DeliveryException.permanent(
                "I haven't been added to Teams conversation " + to.conversation()
                        + " (or was removed from it); add the app there again"));
        ObjectNode activity = cards.activity(digest);
        try {
            if (reference.canStartThread()) {
                outbox.startThread(reference, activity);
            } else {
                outbox.post(reference, activity);
            }
        } catch (ConnectorException e) {
            throw failure(to, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting the digest to Teams", false, null, e);
        }
    }

    /**
     * Always empty: the Bot Connector lets a bot post to a conversation but not read it, so there is
     * no way to look for a digest that may have gone out before a crash. (Reading channel messages
     * takes Microsoft Graph with the tenant-wide ChannelMessage.Read.All application permission.) The
     * scheduler then sends again, preferring a rare duplicate to a lost digest.
     */
    @Override
    public Optional<Boolean> alreadyDelivered(ConversationAddress to, String marker, Instant since) {
        return Optional.empty();
    }

    /** The bot can post only where it has a stored conversation reference, i.e. where it was added. */
    @Override
    public Optional<String> cannotPost(ConversationAddress to) {
        if (to.platform() != Platform.TEAMS) {
            return Optional.of("this is not a Teams conversation");
        }
        return reference(to).isPresent() ? Optional.empty()
                : Optional.of("I haven't been added to this conversation (or I was removed from it)");
    }

    private Optional<ConversationReference> reference(ConversationAddress to) {
        return references.find(workspaces.workspaceOf(Platform.TEAMS, to.tenant()), to.conversation());
    }

    private static DeliveryException failure(ConversationAddress to, ConnectorException e) {
        String why = switch (e.status()) {
            case 403 -> "I was removed from the conversation or may no longer post there; ";
            case 404 -> "the conversation no longer exists; ";
            default -> "";
        };
        String message = why + "Teams refused the digest for conversation " + to.conversation() + ": " + e.getMessage();
        return new DeliveryException(message, e.permanent(), e.permanent() ? null : e.retryAfter().orElse(null), e);
    }
}
