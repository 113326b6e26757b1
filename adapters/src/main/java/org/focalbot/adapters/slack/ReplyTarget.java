package org.focalbot.adapters.slack;

import java.util.List;
import org.focalbot.adapters.slack.web.SlackCallException;
import org.focalbot.adapters.slack.web.SlackWebApi;

/** Where the answer to one Slack interaction goes, and how it gets there. */
sealed interface ReplyTarget {

    void deliver(List<SlackMessage> messages, SlackWebApi api, HomeTab home) throws SlackCallException;

    /** New messages in a channel or DM, inside a thread when {@code threadTs} is set. */
    record Post(String channel, String threadTs) implements ReplyTarget {
        @Override
        public void deliver(List<SlackMessage> messages, SlackWebApi api, HomeTab home) throws SlackCallException {
            for (SlackMessage m : messages) {
                api.postMessage(channel, threadTs, m);
            }
        }
    }

    /**
     * The message whose button was clicked is replaced by the answer ({@code chat.update}), so a
     * checklist advances in place; any further messages follow it in the same thread.
     */
    record Update(String channel, String ts, String threadTs) implements ReplyTarget {
        @Override
        public void deliver(List<SlackMessage> messages, SlackWebApi api, HomeTab home) throws SlackCallException {
            if (messages.isEmpty()) {
                return;
            }
            api.update(channel, ts, messages.get(0));
            for (SlackMessage m : messages.subList(1, messages.size())) {
                api.postMessage(channel, threadTs, m);
            }
        }
    }

    /**
     * An ephemeral answer through the interaction's {@code response_url} (slash commands,
     * shortcuts, buttons on ephemeral messages, which only their {@code response_url} can replace).
     */
    record Respond(String responseUrl, String channel, boolean replaceOriginal) implements ReplyTarget {
        @Override
        public void deliver(List<SlackMessage> messages, SlackWebApi api, HomeTab home) throws SlackCallException {
            for (int i = 0; i < messages.size(); i++) {
                api.respond(responseUrl, channel, messages.get(i), replaceOriginal && i == 0);
            }
        }
    }

    /** A click on the Home tab: the answer goes to the app's DM and the Home tab is refreshed. */
    record Home(String tenant, String user, String dmChannel) implements ReplyTarget {
        @Override
        public void deliver(List<SlackMessage> messages, SlackWebApi api, HomeTab home) throws SlackCallException {
            for (SlackMessage m : messages) {
                api.postMessage(dmChannel, null, m);
            }
            home.publish(tenant, user, dmChannel);
        }
    }
}
