package org.focalbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal beneath MapDB: what a killed process leaves on disk (the files exactly as they are,
 * copied while the volume is still open) reopens to the last commit, never to half of one.
 */
class JournaledVolumeTest {

    @TempDir
    Path dir;

    /** The files as a SIGKILL would leave them: copied while the volume is open. */
    private Path crashCopy(Path file, String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        Files.copy(file, copy.resolve("v.db"), StandardCopyOption.REPLACE_EXISTING);
        Path journal = file.resolveSibling("v.db.journal");
        if (Files.exists(journal)) {
            Files.copy(journal, copy.resolve("v.db.journal"), StandardCopyOption.REPLACE_EXISTING);
        }
        return copy.resolve("v.db");
    }

    @Test
    void committedChangesSurviveAKillAndUncommittedOnesVanish() throws Exception {
        Path file = dir.resolve("v.db");
        JournaledVolume v = JournaledVolume.open(file);
        v.ensureAvailable(10_000);
        v.putLong(8, 42);
        v.putData(5_000, "hello".getBytes(), 0, 5);
        v.sync();
        v.putLong(8, 43);
        v.putLong(9_000, 7);
        Path copy = crashCopy(file, "kill-after-first-commit");
        v.sync();
        Path later = crashCopy(file, "kill-after-second-commit");
        v.close();

        JournaledVolume first = JournaledVolume.open(copy);
        assertEquals(42, first.getLong(8));
        assertEquals(0, first.getLong(9_000));
        byte[] hello = new byte[5];
        first.getData(5_000, hello, 0, 5);
        assertEquals("hello", new String(hello));
        first.close();

        JournaledVolume second = JournaledVolume.open(later);
        assertEquals(43, second.getLong(8));
        assertEquals(7, second.getLong(9_000));
        second.close();
    }

    @Test
    void aTornLastRecordIsIgnoredAndTheOnesBeforeItKept() throws Exception {
        Path file = dir.resolve("v.db");
        JournaledVolume v = JournaledVolume.open(file);
        v.ensureAvailable(4_096);
        v.putLong(0, 1);
        v.sync();
        v.putLong(0, 2);
        v.sync();
        Path copy = crashCopy(file, "torn");
        v.close();
        Path journal = copy.resolveSibling("v.db.journal");
        try (FileChannel c = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            c.truncate(c.size() - 100);
        }
        JournaledVolume reopened = JournaledVolume.open(copy);
        assertEquals(1, reopened.getLong(0));
        reopened.close();
    }

    @Test
    void aCheckpointMovesCommitsIntoTheMainFileAndReplayingTwiceIsHarmless() throws Exception {
        Path file = dir.resolve("v.db");
        JournaledVolume v = JournaledVolume.open(file);
        v.ensureAvailable(1 << 20);
        v.putLong(16, 99);
        v.sync();
        Path beforeCheckpoint = crashCopy(file, "before-checkpoint");
        v.checkpoint();
        assertEquals(0, v.journalBytes());
        assertEquals(99, v.getLong(16));
        v.close();
        // A crash after the main file was written but before the journal was emptied replays it again.
        Files.copy(file, beforeCheckpoint, StandardCopyOption.REPLACE_EXISTING);
        JournaledVolume again = JournaledVolume.open(beforeCheckpoint);
        assertEquals(99, again.getLong(16));
        again.close();
        JournaledVolume clean = JournaledVolume.open(file);
        assertEquals(99, clean.getLong(16));
        assertEquals(1 << 20, clean.length());
        clean.close();
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefused() {
        Path file = dir.resolve("v.db");
        JournaledVolume v = JournaledVolume.open(file);
        StoreException e = assertThrows(StoreException.class, () -> JournaledVolume.open(file));
        assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        v.close();
        JournaledVolume.open(file).close();
    }
}
