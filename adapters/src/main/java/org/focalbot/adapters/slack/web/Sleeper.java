package org.focalbot.adapters.slack.web;

import java.time.Duration;

/** Waits between Web API attempts; injected so tests can see the waits without spending them. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really waits. */
    static Sleeper system() {
        return d -> Thread.sleep(Math.max(0, d.toMillis()));
    }
}
