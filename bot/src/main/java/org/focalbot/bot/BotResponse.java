package org.focalbot.bot;

import java.util.List;

/** What the assistant made of a turn (intent and confidence) and what it answers. */
public record BotResponse(String intent, double confidence, List<Reply> replies) {
    public BotResponse {
        replies = List.copyOf(replies);
    }
}
