package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void itCreatesTheDirectoryWhenMissing() {
        Path dir = tmp.resolve("a/b/data");
        try (DataDirectory d = DataDirectory.lock(dir)) {
            assertTrue(Files.isDirectory(dir));
            assertEquals(dir.toAbsolutePath().normalize().resolve("x.db"), d.resolve("x.db"));
        }
    }

    @Test
    void aSecondHolderIsRefusedUntilTheFirstReleases() {
        DataDirectory first = DataDirectory.lock(tmp);
        StoreException e = assertThrows(StoreException.class, () -> DataDirectory.lock(tmp));
        assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        first.close();
        DataDirectory.lock(tmp).close();
    }

    @Test
    void aPathThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        StoreException e = assertThrows(StoreException.class, () -> DataDirectory.lock(file));
        assertTrue(e.getMessage().startsWith("cannot create DATA_DIR"), e.getMessage());
    }
}
