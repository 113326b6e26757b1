package org.focalbot.bot.delivery;

import org.focalbot.bot.Platform;

/** Where to send a message outside of a turn: a platform, its tenant and a conversation (channel, chat, web session). */
public record ConversationAddress(Platform platform, String tenant, String conversation) {
}
