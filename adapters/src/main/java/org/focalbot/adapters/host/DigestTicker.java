package org.focalbot.adapters.host;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.focalbot.bot.digest.DigestScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the digest scheduler on one background thread: once at start to resolve a previous run's claims, then every tick. */
final class DigestTicker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DigestTicker.class);

    private final DigestScheduler scheduler;
    private final Duration every;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "digest-scheduler");
        t.setDaemon(true);
        return t;
    });

    DigestTicker(DigestScheduler scheduler, Duration every) {
        this.scheduler = scheduler;
        this.every = every;
    }

    /** Only the process holding DATA_DIR may call this: it releases claims left by a crashed run. */
    DigestTicker start() {
        thread.execute(scheduler::recoverAbandonedClaims);
        thread.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void tick() {
        try {
            DigestScheduler.TickReport r = scheduler.tick();
            if (r.total() + r.recovered() > 0) {
                log.info("digest: {} sent, {} skipped, {} to retry, {} failed, {} already delivered", r.sent(),
                        r.skipped(), r.retrying(), r.failed(), r.recovered());
            }
        } catch (RuntimeException e) {
            // One bad tick must not stop the weekly digests: log it and try again next tick.
            log.error("digest scheduler tick failed", e);
        }
    }

    /** Waits for a delivery in progress (bounded), so its outcome is recorded before the store closes. */
    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(15, TimeUnit.SECONDS)) {
            thread.shutdownNow();
        }
    }
}
