package org.focalbot.adapters.teams;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work for inbound activities off the HTTP thread, on a small pool, one task at a time per
 * conversation: the Bot Connector gets its answer at once, and two quick messages in one chat are
 * still answered in the order they were sent.
 */
final class ConversationQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConversationQueue.class);

    private final ExecutorService pool;
    /** Pending tasks per conversation; a conversation is present while one pool thread drains it. */
    private final Map<String, Deque<Runnable>> pending = new HashMap<>();
    private final Duration drainTimeout;

    ConversationQueue(int threads, Duration drainTimeout) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "teams-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.drainTimeout = drainTimeout;
    }

    /** Queues {@code task} behind earlier tasks of the same conversation. */
    void submit(String conversation, Runnable task) {
        synchronized (pending) {
            Deque<Runnable> queue = pending.get(conversation);
            if (queue != null) {
                queue.add(task);
                return;
            }
            queue = new ArrayDeque<>();
            queue.add(task);
            pending.put(conversation, queue);
            try {
                pool.execute(() -> drain(conversation));
            } catch (RejectedExecutionException e) {
                pending.remove(conversation);
                throw e;
            }
        }
    }

    private void drain(String conversation) {
        while (true) {
            Runnable next;
            synchronized (pending) {
                next = pending.get(conversation).poll();
                if (next == null) {
                    pending.remove(conversation);
                    return;
                }
            }
            run(next);
        }
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("a Teams task failed", e);
        }
    }

    /** Lets queued work finish (up to the drain timeout), then interrupts what is left. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Teams replies still pending after {} s; abandoning them", drainTimeout.toSeconds());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
