package org.focalbot.bot.guidance;

import java.time.Instant;
import java.util.List;

/**
 * One person's helpful / not helpful verdict on one answer; voting again on the same answer replaces it.
 *
 * @param workspace the workspace the answer was given in
 * @param answerId  the answer voted on
 * @param question  the question that was answered
 * @param sections  the ids of the sections the answer cited
 * @param helpful   the verdict
 * @param voter     the voter's author id (platform and user)
 * @param votedAt   when
 */
public record FeedbackVote(String workspace, String answerId, String question, List<String> sections, boolean helpful,
                           String voter, Instant votedAt) {

    public FeedbackVote {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
