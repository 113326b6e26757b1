package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link DocumentStore} promises; run against each implementation. */
abstract class DocumentStoreContract {

    protected DocumentStore store;

    protected abstract DocumentStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aWrittenDocumentIsReadBack() {
        store.put("things", "a", "{\"v\":1}");
        assertEquals(Optional.of("{\"v\":1}"), store.get("things", "a"));
        assertEquals(Optional.empty(), store.get("things", "b"));
        assertEquals(Optional.empty(), store.get("never-written", "a"));
    }

    @Test
    void aScanReturnsTheKeysWithThePrefixInKeyOrder() {
        store.write(tx -> {
            tx.put("things", Keys.of("ws1", "b"), "2");
            tx.put("things", Keys.of("ws1", "a"), "1");
            tx.put("things", Keys.of("ws10", "c"), "3");
            tx.put("things", Keys.of("ws2", "d"), "4");
            return null;
        });
        List<String> keys = store.scan("things", Keys.prefix("ws1")).stream().map(Map.Entry::getKey).toList();
        assertEquals(List.of("ws1/a", "ws1/b"), keys, "a prefix scan must never reach a workspace whose id merely starts the same");
        assertEquals(4, store.scan("things", "").size());
        assertEquals(List.of(), store.scan("nothing-here", ""));
    }

    @Test
    void aWorkspaceIdContainingTheSeparatorCannotReachAnotherWorkspace() {
        store.put("things", Keys.of("slack:T1/x", "n1"), "mine");
        store.put("things", Keys.of("slack:T1", "x"), "other");
        assertEquals(1, store.scan("things", Keys.prefix("slack:T1/x")).size());
        assertEquals(1, store.scan("things", Keys.prefix("slack:T1")).size());
    }

    @Test
    void aWriteThatThrowsChangesNothing() {
        store.put("things", "a", "old");
        assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            tx.put("things", "a", "new");
            tx.put("things", "b", "new");
            throw new IllegalStateException("boom");
        }));
        assertEquals(Optional.of("old"), store.get("things", "a"));
        assertEquals(Optional.empty(), store.get("things", "b"));
    }

    @Test
    void readsInsideAWriteSeeItsOwnChanges() {
        store.put("things", "a", "1");
        List<String> seen = store.write(tx -> {
            tx.put("things", "b", "2");
            tx.delete("things", "a");
            return tx.scan("things", "").stream().map(Map.Entry::getKey).toList();
        });
        assertEquals(List.of("b"), seen);
    }

    @Test
    void deleteSaysWhetherTheDocumentExisted() {
        store.put("things", "a", "1");
        assertTrue(store.delete("things", "a"));
        assertFalse(store.delete("things", "a"));
        assertEquals(0, store.count("things"));
    }

    @Test
    void countCountsTheDocumentsOfOneCollection() {
        store.put("things", "a", "1");
        store.put("things", "b", "1");
        store.put("others", "a", "1");
        assertEquals(2, store.count("things"));
        assertEquals(0, store.count("missing"));
    }

    @Test
    void afterCommitActionsRunOnceCommittedAndNeverForAFailedWrite() {
        List<String> log = new ArrayList<>();
        store.write(tx -> {
            tx.put("things", "a", "1");
            tx.afterCommit(() -> log.add("committed a, visible=" + store.get("things", "a").isPresent()));
            return null;
        });
        assertThrows(RuntimeException.class, () -> store.write(tx -> {
            tx.afterCommit(() -> log.add("must not run"));
            throw new RuntimeException("no");
        }));
        assertEquals(List.of("committed a, visible=true"), log);
    }

    @Test
    void aWriteInsideAWriteIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.write(tx -> store.write(inner -> null)));
        assertTrue(e.getMessage().contains("inside a write"), e.getMessage());
    }

    @Test
    void concurrentReadModifyWritesNeverLoseAnUpdate() throws Exception {
        store.put("counters", "c", "0");
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        List<Integer> failedOnPurpose = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    boolean fail = (i % 10) == thread % 10;
                    try {
                        store.write(tx -> {
                            int v = Integer.parseInt(tx.get("counters", "c").orElseThrow());
                            tx.put("counters", "c", Integer.toString(v + 1));
                            if (fail) {
                                throw new IllegalArgumentException("refused on purpose");
                            }
                            return null;
                        });
                    } catch (IllegalArgumentException e) {
                        failedOnPurpose.add(i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int expected = threads * perThread - failedOnPurpose.size();
        assertEquals(Optional.of(Integer.toString(expected)), store.get("counters", "c"));
    }

    @Test
    void aClosedStoreRefusesEveryAccessWithAClearMessage() {
        store.close();
        StoreException e = assertThrows(StoreException.class, () -> store.get("things", "a"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(StoreException.class, () -> store.put("things", "a", "1"));
    }
}
