package org.focalbot.adapters.teams;

import java.util.List;
import org.focalbot.adapters.teams.connector.ConnectorException;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.delivery.DeliveryException;
import org.focalbot.bot.delivery.ProactiveSender;
import org.focalbot.bot.tenancy.Workspaces;

/**
 * Posts replies to a Teams conversation outside of a turn, through the conversation reference
 * stored when the bot was added or last spoken to. In a channel each delivery opens a new thread;
 * in chats it is a new message. Refusals that retrying cannot fix (the bot was removed, the
 * conversation is gone) are permanent {@link DeliveryException}s.
 */
public final class TeamsProactiveSender implements ProactiveSender {

    private final ConversationReferences references;
    private final Workspaces workspaces;
    private final TeamsOutbox outbox;

    TeamsProactiveSender(ConversationReferences references, Workspaces workspaces, TeamsOutbox outbox) {
        this.references = references;
        this.workspaces = workspaces;
        this.outbox = outbox;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public void send(ConversationAddress to, List<Reply> replies) throws DeliveryException {
        if (to.platform() != Platform.TEAMS) {
            throw new IllegalArgumentException("the Teams sender cannot deliver to " + to.platform());
        }
        String workspace = workspaces.workspaceOf(Platform.TEAMS, to.tenant());
        ConversationReference reference = references.find(workspace, to.conversation())
                .orElseThrow(() -> DeliveryException.permanent("the bot has no stored reference for Teams conversation "
                        + to.conversation() + "; add the app to that conversation again"));
        if (replies.isEmpty()) {
            return;
        }
        try {
            if (reference.canStartThread()) {
                outbox.startThread(reference, replies);
            } else {
                outbox.post(reference, replies);
            }
        } catch (ConnectorException e) {
            String message = "Teams refused the message for conversation " + to.conversation() + ": " + e.getMessage();
            throw new DeliveryException(message, e.permanent(), e.retryAfter().orElse(null), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting to Teams", false, null, e);
        }
    }
}
