package org.focalbot.bot.checklist;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.focalbot.bot.Action;
import org.focalbot.bot.Bot;
import org.focalbot.bot.BotResponse;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;

/** One person in one conversation, talking to the assistant through its public entry point. */
final class ChatUser {

    private Bot bot;
    private final Platform platform;
    private final String tenant;
    private final String conversation;
    private final String user;
    private final String name;
    private BotResponse last;

    ChatUser(Bot bot, Platform platform, String tenant, String conversation, String user, String name) {
        this.bot = bot;
        this.platform = platform;
        this.tenant = tenant;
        this.conversation = conversation;
        this.user = user;
        this.name = name;
    }

    /** The same person after a restart: same conversation, new assistant. */
    ChatUser on(Bot restarted) {
        this.bot = restarted;
        return this;
    }

    BotResponse say(String text) {
        last = bot.handle(Turn.text(platform, tenant, conversation, user, name, text));
        return last;
    }

    BotResponse click(String label) {
        return clickId(button(label).id());
    }

    BotResponse clickId(String actionId) {
        last = bot.handle(Turn.action(platform, tenant, conversation, user, name, actionId));
        return last;
    }

    BotResponse last() {
        return last;
    }

    /** The last reply of the last response. */
    Reply reply() {
        List<Reply> replies = last.replies();
        assertFalse(replies.isEmpty(), "the assistant said nothing");
        return replies.get(replies.size() - 1);
    }

    /** A button of the last reply that has buttons. */
    Action button(String label) {
        for (int i = last.replies().size() - 1; i >= 0; i--) {
            for (Action a : last.replies().get(i).actions()) {
                if (a.label().equals(label)) {
                    return a;
                }
            }
        }
        throw new AssertionError("no button \"" + label + "\" in " + last.replies());
    }

    String author() {
        return platform.id() + ":" + user;
    }

    String name() {
        return name;
    }
}
