package org.focalbot.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConversationLocksTest {

    private final ConversationLocks locks = new ConversationLocks();

    @Test
    void turnsOfOneConversationRunOneAtATime() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?>[] futures = new Future<?>[8];
        for (int i = 0; i < futures.length; i++) {
            futures[i] = pool.submit(() -> locks.withLock("c1", () -> {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleep(20);
                inside.decrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, maxInside.get());
    }

    @Test
    void differentConversationsRunInParallel() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Boolean> a = pool.submit(() -> locks.withLock("a", () -> await(bothInside)));
        Future<Boolean> b = pool.submit(() -> locks.withLock("b", () -> await(bothInside)));
        assertTrue(a.get(10, TimeUnit.SECONDS) && b.get(10, TimeUnit.SECONDS),
                "both conversations were inside their locks at the same time");
        pool.shutdown();
    }

    @Test
    void idleLocksAreDropped() {
        locks.withLock("x", () -> null);
        assertEquals(0, locks.active());
    }

    @Test
    void aFailingTurnReleasesItsLock() {
        try {
            locks.withLock("x", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the lock must still be released
        }
        assertEquals("ok", locks.withLock("x", () -> "ok"));
        assertEquals(0, locks.active());
    }

    private static boolean await(CountDownLatch latch) {
        latch.countDown();
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
