package org.focalbot.adapters.slack.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.SignedSlackClient;
import org.focalbot.adapters.slack.fake.SlackPayloads;

/**
 * Sends the plan open-loop (each delivery at its scheduled instant, whether or not earlier ones
 * were answered, on up to {@link #PARALLEL} connections) and times each acknowledgement three
 * ways: from the scheduled instant (the strict figure: a server that falls behind cannot hide
 * it), from when the generator handed the delivery to a sender (leaves out the generator's own
 * oversleeping when the machine is busy), and from when the request went out (leaves out waiting
 * for a free connection too). Then it waits for the replies and counts duplicates and gaps.
 */
final class LoadRun {

    /** Requests in flight at once; Slack, too, opens many connections in parallel. */
    static final int PARALLEL = 32;
    private static final Duration REPLY_DRAIN = Duration.ofSeconds(60);
    private static final Duration LATE_DUPLICATE_GRACE = Duration.ofSeconds(2);

    private final LoadPlan plan;
    private final SignedSlackClient client;
    private final FakeSlackApi slack;
    private final SlackPayloads payloads;
    private final String bot;

    LoadRun(LoadPlan plan, SignedSlackClient client, FakeSlackApi slack, String team, String bot) {
        this.plan = plan;
        this.client = client;
        this.slack = slack;
        this.payloads = new SlackPayloads(team, null);
        this.bot = bot;
    }

    LoadResult run() throws Exception {
        int total = plan.total();
        long[] fromSchedule = new long[total];
        long[] fromDispatch = new long[total];
        long[] fromSend = new long[total];
        int[] status = new int[total];
        String[] bodies = new String[total];
        CountDownLatch done = new CountDownLatch(total);
        ExecutorService senders = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "bench-sender");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long maxLag = 0;
        int uniqueEvents = 0;
        long cpuAtMeasuredStart = 0;
        try {
            for (int i = 0; i < total; i++) {
                long due = start + plan.dueNanos(i);
                long now;
                while ((now = System.nanoTime()) < due) {
                    LockSupport.parkNanos(due - now);
                }
                maxLag = Math.max(maxLag, now - due);
                if (i == plan.firstMeasured()) {
                    cpuAtMeasuredStart = processCpuNanos();
                }
                int original = plan.retryOf(i);
                Map<String, String> headers;
                if (original >= 0) {
                    bodies[i] = bodies[original];
                    headers = Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
                } else {
                    bodies[i] = event(i);
                    headers = Map.of();
                    uniqueEvents++;
                }
                final int n = i;
                final long dispatched = System.nanoTime();
                senders.execute(() -> {
                    long sent = System.nanoTime();
                    try {
                        status[n] = client.sendKeepAlive(bodies[n], SignedSlackClient.JSON, headers).status();
                    } catch (Exception e) {
                        status[n] = -1;
                    } finally {
                        long acked = System.nanoTime();
                        fromSchedule[n] = acked - due;
                        fromDispatch[n] = acked - dispatched;
                        fromSend[n] = acked - sent;
                        done.countDown();
                    }
                });
            }
            done.await(60, TimeUnit.SECONDS);
        } finally {
            senders.shutdownNow();
        }
        long lastAck = System.nanoTime();

        awaitReplies(uniqueEvents);
        long cpuNanos = processCpuNanos() - cpuAtMeasuredStart;
        return new LoadResult(plan, fromSchedule, fromDispatch, fromSend, status, start, lastAck, maxLag, uniqueEvents,
                repliesByThread(), cpuNanos);
    }

    /** Each new event is a mention in its own thread, so its reply can be told apart by thread_ts. */
    private String event(int i) {
        String channel = "C0BENCH" + (i % plan.channels());
        return payloads.appMention("EvBENCH" + i, channel, "U0USER" + (i % 500), "<@" + bot + "> hello",
                ts(i, 1), ts(i, 0));
    }

    private static String ts(int i, int suffix) {
        return (1_700_000_000L + i / 1000) + "." + String.format("%03d%03d", i % 1000, suffix);
    }

    private void awaitReplies(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + REPLY_DRAIN.toNanos();
        while (slack.calls("chat.postMessage").size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private Map<String, Integer> repliesByThread() throws InterruptedException {
        // Duplicates would trail the originals: give them a moment to show up.
        Thread.sleep(LATE_DUPLICATE_GRACE.toMillis());
        Map<String, Integer> byThread = new HashMap<>();
        for (FakeSlackApi.Call post : slack.calls("chat.postMessage")) {
            byThread.merge(String.valueOf(post.param("thread_ts")), 1, Integer::sum);
        }
        return byThread;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
