package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MapDB store honours the store contract and keeps what it committed across a restart. */
class MapDbDocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path dir;

    @Override
    protected DocumentStore open() {
        return MapDbDocumentStore.open(dir.resolve("contract.db"));
    }

    @Test
    void aValueWrittenBeforeARestartIsReadAfterIt() {
        store.put("c", "k", "{\"v\":\"before restart\"}");
        store.write(tx -> {
            tx.put("c", "k2", "2");
            return null;
        });
        store.close();
        store = MapDbDocumentStore.open(dir.resolve("contract.db"));
        assertEquals(Optional.of("{\"v\":\"before restart\"}"), store.get("c", "k"));
        assertEquals(Optional.of("2"), store.get("c", "k2"));
    }

    @Test
    void aRolledBackWriteIsNotThereAfterARestart() {
        store.put("c", "k", "kept");
        assertThrows(RuntimeException.class, () -> store.write(tx -> {
            tx.put("c", "k", "lost");
            throw new RuntimeException("abort");
        }));
        store.close();
        store = MapDbDocumentStore.open(dir.resolve("contract.db"));
        assertEquals(Optional.of("kept"), store.get("c", "k"));
    }

    @Test
    void openingAFileThatIsAlreadyOpenFailsWithAClearMessage() {
        StoreException e = assertThrows(StoreException.class,
                () -> MapDbDocumentStore.open(dir.resolve("contract.db")));
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
}
