package org.focalbot.adapters.slack.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/** The load check's figures and the verdict against the targets (p99 ≤ 50 ms, no 5xx, no duplicate replies). */
record LoadResult(LoadPlan plan, long[] fromSchedule, long[] fromDispatch, long[] fromSend, int[] status, long start, long lastAck,
                  long maxSendLagNanos, int uniqueEvents, Map<String, Integer> repliesByThread, long cpuNanos) {

    static final double TARGET_P99_MS = 50.0;

    void print(PrintStream out) {
        int from = plan.firstMeasured();
        long[] scheduled = sortedFrom(fromSchedule, from);
        long[] dispatched = sortedFrom(fromDispatch, from);
        long[] sent = sortedFrom(fromSend, from);
        int ok = 0;
        int serverErrors = 0;
        int other = 0;
        for (int i = from; i < status.length; i++) {
            if (status[i] == 200) {
                ok++;
            } else if (status[i] >= 500) {
                serverErrors++;
            } else {
                other++;
            }
        }
        double seconds = (lastAck - (start + plan.dueNanos(from))) / 1e9;
        int duplicates = repliesByThread.values().stream().mapToInt(n -> n - 1).sum();
        int missing = uniqueEvents - repliesByThread.size();
        double p99 = ms(percentile(scheduled, 0.99));

        out.printf("deliveries measured  %d (after %d warm-up deliveries; %d unique events in the whole run)%n",
                scheduled.length, from, uniqueEvents);
        out.printf("acknowledged         %d × 200, %d × 5xx, %d other/failed%n", ok, serverErrors, other);
        out.printf("ack latency (ms)     %s   from each delivery's scheduled time%n", quantiles(scheduled));
        out.printf("                     %s   from when the generator dispatched it%n", quantiles(dispatched));
        out.printf("                     %s   from when the request went out%n", quantiles(sent));
        out.printf("throughput           %.1f acks/s measured (target rate %d/s); load generator fell behind by at most %.2f ms%n",
                scheduled.length / seconds, plan.rate(), ms(maxSendLagNanos));
        out.printf("process CPU          %.2f ms per measured delivery (server, fake Slack and load generator together)%n",
                ms(cpuNanos) / scheduled.length);
        out.printf("replies              %d chat.postMessage for %d unique events: %d duplicate, %d missing%n",
                repliesByThread.values().stream().mapToInt(Integer::intValue).sum(), uniqueEvents, duplicates, missing);
        boolean met = p99 <= TARGET_P99_MS && serverErrors == 0 && duplicates == 0;
        out.printf("targets              p99 (from schedule) ≤ %.0f ms, zero 5xx, zero duplicate replies: %s%n",
                TARGET_P99_MS, met ? "met" : "NOT met");
    }

    private static String quantiles(long[] sorted) {
        return String.format("p50 %6.2f  p90 %6.2f  p99 %6.2f  max %6.2f", ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.90)), ms(percentile(sorted, 0.99)), ms(sorted[sorted.length - 1]));
    }

    private static long[] sortedFrom(long[] values, int from) {
        long[] copy = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(copy);
        return copy;
    }

    private static long percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
