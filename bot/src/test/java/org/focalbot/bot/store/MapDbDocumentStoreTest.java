package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MapDB store keeps the shared store contract, and what it committed survives a reopen. */
class MapDbDocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path dir;

    @Override
    protected DocumentStore newStore() {
        return MapDbDocumentStore.open(dir.resolve("test.db"));
    }

    @Test
    void committedDocumentsSurviveAReopen() {
        store.put("things", "a", "{\"v\":1}");
        store.write(tx -> {
            tx.put("things", "b", "2");
            tx.delete("things", "a");
            return null;
        });
        store.close();
        store = MapDbDocumentStore.open(dir.resolve("test.db"));
        assertEquals(Optional.empty(), store.get("things", "a"));
        assertEquals(Optional.of("2"), store.get("things", "b"));
    }

    @Test
    void aSecondOpenOfTheSameFileFailsWithAClearMessage() {
        StoreException e = assertThrows(StoreException.class, () -> MapDbDocumentStore.open(dir.resolve("test.db")));
        assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
    }
}
