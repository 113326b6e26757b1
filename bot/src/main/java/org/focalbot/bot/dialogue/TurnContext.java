package org.focalbot.bot.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.conversation.ConversationState;
import org.focalbot.bot.nlu.Interpretation;

/**
 * Everything a handler needs for one turn: the turn, its workspace, the conversation state loaded
 * for it, what the NLU made of it, and the replies collected so far.
 */
public final class TurnContext {

    private final Turn turn;
    private final String workspace;
    private final ConversationState state;
    private final Clock clock;
    private final List<Reply> replies = new ArrayList<>();
    private Interpretation interpretation;
    private String intent;
    private double confidence = 1.0;

    public TurnContext(Turn turn, String workspace, ConversationState state, Clock clock) {
        this.turn = turn;
        this.workspace = workspace;
        this.state = state;
        this.clock = clock;
    }

    public Turn turn() {
        return turn;
    }

    /** The workspace that owns this turn's data; every store access is scoped by it. */
    public String workspace() {
        return workspace;
    }

    public ConversationState state() {
        return state;
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    public Optional<Interpretation> interpretation() {
        return Optional.ofNullable(interpretation);
    }

    public void interpretation(Interpretation interpretation) {
        this.interpretation = interpretation;
        this.intent = interpretation.label();
        this.confidence = interpretation.confidence();
    }

    /** The intent reported back for this turn; defaults to the NLU's choice. */
    public String intent() {
        return intent;
    }

    /** Overrides the reported intent, e.g. when a button click or an active dialogue decides what a turn meant. */
    public void intent(String intent, double confidence) {
        this.intent = intent;
        this.confidence = confidence;
    }

    public double confidence() {
        return confidence;
    }

    public TurnContext reply(Reply reply) {
        replies.add(reply);
        return this;
    }

    public TurnContext say(String text) {
        return reply(Reply.text(text));
    }

    public List<Reply> replies() {
        return List.copyOf(replies);
    }
}
