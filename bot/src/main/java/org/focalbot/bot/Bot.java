package org.focalbot.bot;

import java.time.Clock;
import org.focalbot.bot.conversation.ConversationKey;
import org.focalbot.bot.conversation.ConversationLocks;
import org.focalbot.bot.conversation.ConversationState;
import org.focalbot.bot.conversation.ConversationStateStore;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.tenancy.Workspaces;

/**
 * The assistant's single entry point: one {@link Turn} in, a {@link BotResponse} out. Turns of one
 * conversation are handled one at a time; the conversation state is loaded once per turn and
 * saved once, only if it changed.
 */
public final class Bot {

    private final IntentClassifier classifier;
    private final Dialogue dialogue;
    private final ConversationStateStore states;
    private final Workspaces workspaces;
    private final Clock clock;
    private final ConversationLocks locks = new ConversationLocks();

    public Bot(IntentClassifier classifier, Dialogue dialogue, ConversationStateStore states, Workspaces workspaces,
               Clock clock) {
        this.classifier = classifier;
        this.dialogue = dialogue;
        this.states = states;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public BotResponse handle(Turn turn) {
        ConversationKey key = ConversationKey.of(turn);
        return locks.withLock(key.storeKey(), () -> {
            ConversationState state = states.load(key);
            TurnContext ctx = new TurnContext(turn, workspaces.workspaceOf(turn.platform(), turn.tenant()), state, clock);
            if (turn.isAction()) {
                dialogue.onAction(ctx);
            } else {
                ctx.interpretation(classifier.interpret(turn.text()));
                dialogue.onText(ctx);
            }
            states.saveIfChanged(key, state);
            return new BotResponse(ctx.intent(), ctx.confidence(), ctx.replies());
        });
    }
}
