package org.focalbot.bot.guidance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/**
 * What curators need to improve the guidance: every unanswered question and every feedback vote,
 * stored per workspace in the document store.
 */
public final class GuidanceLog {

    public static final String UNANSWERED = "guidance-unanswered";
    public static final String VOTES = "guidance-votes";

    private final JsonCollection<UnansweredQuestion> unanswered;
    private final JsonCollection<FeedbackVote> votes;
    private final Clock clock;

    public GuidanceLog(DocumentStore store, ObjectMapper mapper, Clock clock) {
        this.unanswered = new JsonCollection<>(store, UNANSWERED, UnansweredQuestion.class, mapper);
        this.votes = new JsonCollection<>(store, VOTES, FeedbackVote.class, mapper);
        this.clock = clock;
    }

    public UnansweredQuestion recordUnanswered(String workspace, String question, double confidence,
                                               List<String> suggestions, String channel) {
        Instant now = clock.instant();
        UnansweredQuestion q = new UnansweredQuestion(workspace, question, confidence, suggestions, channel, now);
        unanswered.put(Keys.of(workspace, sortable(now) + "-" + UUID.randomUUID().toString().substring(0, 8)), q);
        return q;
    }

    /** Stores a vote; a later vote by the same person on the same answer replaces the earlier one. */
    public FeedbackVote recordVote(String workspace, String answerId, String question, List<String> sections,
                                   boolean helpful, String voter) {
        FeedbackVote v = new FeedbackVote(workspace, answerId, question, sections, helpful, voter, clock.instant());
        votes.put(Keys.of(workspace, answerId, voter), v);
        return v;
    }

    /** Unanswered questions, newest first, of one workspace or (when empty) of all. */
    public List<UnansweredQuestion> unanswered(Optional<String> workspace, int limit) {
        return newest(unanswered, workspace, limit, UnansweredQuestion::askedAt);
    }

    /** Votes, newest first, of one workspace or (when empty) of all. */
    public List<FeedbackVote> votes(Optional<String> workspace, int limit) {
        return newest(votes, workspace, limit, FeedbackVote::votedAt);
    }

    private static <T> List<T> newest(JsonCollection<T> collection, Optional<String> workspace, int limit,
                                      Function<T, Instant> time) {
        String prefix = workspace.map(Keys::prefix).orElse("");
        return collection.scan(prefix).stream()
                .sorted(Comparator.comparing(time).reversed())
                .limit(Math.max(0, limit))
                .toList();
    }

    /** Zero-padded epoch milliseconds, so keys of one workspace sort by time. */
    private static String sortable(Instant t) {
        return String.format("%015d", t.toEpochMilli());
    }
}
