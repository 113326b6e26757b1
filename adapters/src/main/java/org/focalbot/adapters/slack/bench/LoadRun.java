package org.focalbot.adapters.slack.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.SignedSlackClient;
import org.focalbot.adapters.slack.fake.SlackPayloads;

/**
 * Sends the plan open-loop (each delivery at its scheduled instant, whether or not earlier ones
 * were answered) and measures each acknowledgement from that scheduled instant, so a server that
 * falls behind cannot hide it; then waits for the replies and counts duplicates and gaps.
 */
final class LoadRun {

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
        long[] latencyNanos = new long[total];
        int[] status = new int[total];
        String[] bodies = new String[total];
        CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long maxLag = 0;
        int uniqueEvents = 0;

        for (int i = 0; i < total; i++) {
            long due = start + plan.dueNanos(i);
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            maxLag = Math.max(maxLag, now - due);
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
            pending[i] = client.sendAsync(bodies[i], SignedSlackClient.JSON, headers).whenComplete((response, error) -> {
                latencyNanos[n] = System.nanoTime() - due;
                status[n] = error != null ? -1 : response.statusCode();
            });
        }
        CompletableFuture.allOf(pending).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
        long lastAck = System.nanoTime();

        Map<String, Integer> repliesByThread = awaitReplies(uniqueEvents);
        return new LoadResult(plan, latencyNanos, status, start, lastAck, maxLag, uniqueEvents, repliesByThread);
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

    private Map<String, Integer> awaitReplies(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + REPLY_DRAIN.toNanos();
        while (slack.calls("chat.postMessage").size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        // Duplicates would trail the originals: give them a moment to show up.
        Thread.sleep(LATE_DUPLICATE_GRACE.toMillis());
        Map<String, Integer> byThread = new HashMap<>();
        List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage");
        for (FakeSlackApi.Call post : posts) {
            byThread.merge(String.valueOf(post.param("thread_ts")), 1, Integer::sum);
        }
        return byThread;
    }
}
