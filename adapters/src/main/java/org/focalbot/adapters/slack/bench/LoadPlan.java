package org.focalbot.adapters.slack.bench;

import java.util.concurrent.TimeUnit;

/**
 * What the load check sends: a warm-up of {@code warmup} seconds whose rate climbs from a tenth
 * of {@code rate} to {@code rate} (so a cold JVM is not buried under a backlog it built while
 * loading classes; on this 2-core machine the JIT needs about half a minute of traffic before
 * the request path is compiled), then {@code seconds} seconds at a steady {@code rate}, which are
 * the ones measured. Deliveries go to {@code channels} channels; every {@code retryEvery}-th delivery
 * re-sends an earlier event as a Slack retry (0 = none).
 */
record LoadPlan(int rate, int seconds, int warmup, int channels, int retryEvery) {

    private static final double RAMP_FROM = 0.1;

    /** Deliveries in the warm-up: the area under the ramp. */
    int firstMeasured() {
        return (int) Math.round(rate * warmup * (RAMP_FROM + 1) / 2);
    }

    int total() {
        return firstMeasured() + seconds * rate;
    }

    /** When delivery {@code i} is due, in nanoseconds after the start. */
    long dueNanos(int i) {
        int warm = firstMeasured();
        double seconds;
        if (i < warm) {
            // Solve rate * (a t + (1 - a) t² / (2 W)) = i for t, the ramp's cumulative count.
            double a = RAMP_FROM;
            double b = (1 - a) / (2.0 * warmup);
            seconds = (-a + Math.sqrt(a * a + 4 * b * i / rate)) / (2 * b);
        } else {
            seconds = warmup + (double) (i - warm) / rate;
        }
        return (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }

    /** The earlier delivery that delivery {@code i} repeats, or -1 when it is a new event. */
    int retryOf(int i) {
        if (retryEvery == 0 || i < retryEvery || i % retryEvery != retryEvery - 1) {
            return -1;
        }
        return i - retryEvery / 2;
    }
}
