package org.focalbot.bot.dialogue;

/**
 * A conversation that runs over several turns (a checklist walk, a confirmation): it gets the first
 * look at every typed message, owns the buttons of its action namespace, and may follow up after a
 * turn that another handler answered (for example to re-ask its pending question).
 */
public interface ActiveFlow {

    /** Button ids "namespace:…" belong to this flow. */
    String namespace();

    /** The intent reported for this flow's button clicks. */
    String intent();

    /**
     * Looks at a typed message before intent routing. Returns true when the flow answered it; it then
     * reports the turn's intent itself ({@link TurnContext#intent(String, double)}).
     */
    boolean claim(TurnContext ctx);

    /** Handles a click on one of this flow's buttons; {@code argument} is the id after "namespace:". */
    void onAction(TurnContext ctx, String argument);

    /** Called after a turn this flow did not handle, once the handler that did has replied. */
    void afterTurn(TurnContext ctx);
}
