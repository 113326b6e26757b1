package org.focalbot.bot.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a committed transaction's after-commit actions; a failing action is logged, never undoes the commit. */
final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    static void run(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // The data is durable; only a derived view (cache, index) missed the change.
                log.error("an after-commit action failed; derived views may be stale until restart", e);
            }
        }
    }
}
