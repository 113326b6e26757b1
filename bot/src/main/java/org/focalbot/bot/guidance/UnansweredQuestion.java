package org.focalbot.bot.guidance;

import java.time.Instant;
import java.util.List;

/**
 * A question the guidance did not cover, kept for curators.
 *
 * @param workspace   the workspace that asked
 * @param question    the question as asked
 * @param confidence  the best match's confidence, below the answer threshold
 * @param suggestions the "did you mean" topics that were offered
 * @param channel     where it was asked: "chat" or "api"
 * @param askedAt     when
 */
public record UnansweredQuestion(String workspace, String question, double confidence, List<String> suggestions,
                                 String channel, Instant askedAt) {

    public UnansweredQuestion {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
