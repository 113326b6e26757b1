package org.focalbot.bot.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.focalbot.bot.nlu.Intents;

/**
 * Routes a turn to the handler registered for its intent or, for a button click, for the
 * action's namespace; anything unmatched goes to one explicit fallback. {@link ActiveFlow}s, in
 * registration order, get the first look at typed messages and a follow-up after turns they did not
 * handle.
 */
public final class Dialogue {

    private record Registered(String intent, ActionHandler handler) {
    }

    private final Map<String, IntentHandler> intents;
    private final Map<String, Registered> actions;
    private final IntentHandler fallback;
    private final List<ActiveFlow> flows;

    private Dialogue(Builder b) {
        this.intents = Map.copyOf(b.intents);
        this.actions = Map.copyOf(b.actions);
        this.fallback = Objects.requireNonNull(b.fallback, "a fallback handler is required");
        this.flows = List.copyOf(b.flows);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Handles a typed message whose interpretation is already on the context. */
    public void onText(TurnContext ctx) {
        for (ActiveFlow flow : flows) {
            if (flow.claim(ctx)) {
                followUp(ctx, flow);
                return;
            }
        }
        intents.getOrDefault(ctx.intent(), fallback).handle(ctx);
        followUp(ctx, null);
    }

    /** Handles a button click. */
    public void onAction(TurnContext ctx) {
        String id = ctx.turn().action();
        int colon = id.indexOf(':');
        String namespace = colon < 0 ? id : id.substring(0, colon);
        String argument = colon < 0 ? "" : id.substring(colon + 1);
        for (ActiveFlow flow : flows) {
            if (flow.namespace().equals(namespace)) {
                ctx.intent(flow.intent(), 1.0);
                flow.onAction(ctx, argument);
                followUp(ctx, flow);
                return;
            }
        }
        Registered registered = actions.get(namespace);
        if (registered == null) {
            ctx.intent(Intents.OUT_OF_SCOPE, 1.0);
            ctx.say("That button is no longer active. Type \"help\" to see what I can do.");
            return;
        }
        ctx.intent(registered.intent(), 1.0);
        registered.handler().handle(ctx, argument);
        followUp(ctx, null);
    }

    /** Lets every flow except the one that handled the turn add its follow-up after the answer. */
    private void followUp(TurnContext ctx, ActiveFlow handledBy) {
        for (ActiveFlow flow : flows) {
            if (flow != handledBy) {
                flow.afterTurn(ctx);
            }
        }
    }

    /** Collects handlers; later registrations for the same key replace earlier ones. */
    public static final class Builder {
        private final Map<String, IntentHandler> intents = new HashMap<>();
        private final Map<String, Registered> actions = new HashMap<>();
        private final List<ActiveFlow> flows = new ArrayList<>();
        private IntentHandler fallback;

        public Builder on(String intent, IntentHandler handler) {
            intents.put(intent, handler);
            return this;
        }

        /** Buttons with ids "namespace:…" go to {@code handler}; the turn is reported as {@code intent}. */
        public Builder onAction(String namespace, String intent, ActionHandler handler) {
            if (namespace.indexOf(':') >= 0) {
                throw new IllegalArgumentException("action namespace must not contain ':'");
            }
            actions.put(namespace, new Registered(intent, handler));
            return this;
        }

        /** Adds a flow; flows see typed messages in the order they were added, before intent routing. */
        public Builder flow(ActiveFlow flow) {
            if (flow.namespace().indexOf(':') >= 0) {
                throw new IllegalArgumentException("action namespace must not contain ':'");
            }
            for (ActiveFlow f : flows) {
                if (f.namespace().equals(flow.namespace())) {
                    throw new IllegalArgumentException("two flows own the action namespace " + flow.namespace());
                }
            }
            flows.add(flow);
            return this;
        }

        public Builder otherwise(IntentHandler handler) {
            this.fallback = handler;
            return this;
        }

        public Dialogue build() {
            for (ActiveFlow flow : flows) {
                if (actions.containsKey(flow.namespace())) {
                    throw new IllegalStateException("the action namespace " + flow.namespace()
                            + " belongs to both a flow and an action handler");
                }
            }
            return new Dialogue(this);
        }
    }
}
