package org.focalbot.adapters.cli;

import java.util.Arrays;

/** Small statistics helpers for benchmark output. */
final class BenchStats {
    private BenchStats() {
    }

    /** The p-th percentile (nearest rank) of the values. */
    static long percentile(long[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
