package org.focalbot.adapters.teams.connector;

import java.time.Duration;

/** Waits between retries; injected so tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
        return d -> Thread.sleep(d.toMillis());
    }
}
