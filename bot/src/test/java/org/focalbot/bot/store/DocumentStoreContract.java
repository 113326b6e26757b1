package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link DocumentStore} must have; run against each implementation. */
abstract class DocumentStoreContract {

    protected DocumentStore store;

    protected abstract DocumentStore open() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aStoredDocumentIsReadBack() {
        store.put("notes", "w1/a", "{\"x\":1}");
        assertEquals(Optional.of("{\"x\":1}"), store.get("notes", "w1/a"));
    }

    @Test
    void aMissingDocumentIsEmptyEvenInAnUnknownCollection() {
        assertEquals(Optional.empty(), store.get("never-written", "k"));
        assertEquals(List.of(), store.scan("never-written", ""));
        assertEquals(0, store.count("never-written"));
    }

    @Test
    void collectionsAreSeparate() {
        store.put("a", "k", "1");
        store.put("b", "k", "2");
        assertEquals(Optional.of("1"), store.get("a", "k"));
        assertEquals(Optional.of("2"), store.get("b", "k"));
    }

    @Test
    void aPrefixScanReturnsOnlyMatchingKeysInKeyOrder() {
        store.put("c", "w1/b", "2");
        store.put("c", "w1/a", "1");
        store.put("c", "w10/a", "x");
        store.put("c", "w2/a", "y");
        List<Map.Entry<String, String>> found = store.scan("c", "w1/");
        assertEquals(List.of("w1/a", "w1/b"), found.stream().map(Map.Entry::getKey).toList());
        assertEquals(4, store.scan("c", "").size());
    }

    @Test
    void deleteRemovesAndReportsWhetherTheDocumentExisted() {
        store.put("c", "k", "v");
        assertTrue(store.delete("c", "k"));
        assertFalse(store.delete("c", "k"));
        assertEquals(Optional.empty(), store.get("c", "k"));
    }

    @Test
    void aWriteAppliesAllOfItsChangesTogether() {
        store.put("c", "gone", "old");
        store.write(tx -> {
            tx.put("c", "one", "1");
            tx.put("d", "two", "2");
            tx.delete("c", "gone");
            return null;
        });
        assertEquals(Optional.of("1"), store.get("c", "one"));
        assertEquals(Optional.of("2"), store.get("d", "two"));
        assertEquals(Optional.empty(), store.get("c", "gone"));
    }

    @Test
    void aWriteThatThrowsLeavesNothingBehind() {
        store.put("c", "kept", "original");
        assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            tx.put("c", "kept", "changed");
            tx.put("c", "new", "value");
            throw new IllegalStateException("abort");
        }));
        assertEquals(Optional.of("original"), store.get("c", "kept"));
        assertEquals(Optional.empty(), store.get("c", "new"));
    }

    @Test
    void readsInsideAWriteSeeItsOwnChanges() {
        store.put("c", "a", "1");
        List<String> seen = store.write(tx -> {
            tx.put("c", "b", "2");
            tx.delete("c", "a");
            List<String> keys = new ArrayList<>();
            tx.scan("c", "").forEach(e -> keys.add(e.getKey()));
            keys.add(tx.get("c", "a").orElse("none"));
            return keys;
        });
        assertEquals(List.of("b", "none"), seen);
    }

    @Test
    void concurrentReadModifyWritesNeverLoseAnUpdate() throws Exception {
        store.put("c", "counter", "0");
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    store.write(tx -> {
                        int n = Integer.parseInt(tx.get("c", "counter").orElseThrow());
                        tx.put("c", "counter", Integer.toString(n + 1));
                        return null;
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(Optional.of(Integer.toString(threads * perThread)), store.get("c", "counter"));
    }

    @Test
    void aWorkspaceIdContainingTheSeparatorCannotReachAnotherWorkspace() {
        store.put("things", Keys.of("slack:T1/x", "n1"), "mine");
        store.put("things", Keys.of("slack:T1", "x"), "other");
        assertEquals(1, store.scan("things", Keys.prefix("slack:T1/x")).size());
        assertEquals(1, store.scan("things", Keys.prefix("slack:T1")).size());
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
    void countReflectsPutsAndDeletes() {
        store.put("c", "a", "1");
        store.put("c", "b", "1");
        store.put("c", "a", "2");
        store.delete("c", "b");
        assertEquals(1, store.count("c"));
    }

    @Test
    void nonAsciiDocumentsAndKeysRoundTrip() {
        store.put("c", "w/Bérénice – 日本", "{\"t\":\"Genève ✓\"}");
        assertEquals(Optional.of("{\"t\":\"Genève ✓\"}"), store.get("c", "w/Bérénice – 日本"));
    }

    @Test
    void aClosedStoreRefusesFurtherUse() {
        store.close();
        assertThrows(StoreException.class, () -> store.get("c", "k"));
        assertThrows(StoreException.class, () -> store.put("c", "k", "v"));
    }
}
