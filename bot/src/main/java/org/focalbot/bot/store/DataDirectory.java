package org.focalbot.bot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The assistant's data directory ({@code DATA_DIR}), held with an exclusive lock file so that a
 * second process pointed at the same directory fails fast instead of corrupting it.
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the directory if needed and locks it; throws {@link StoreException} naming the directory otherwise. */
    public static DataDirectory lock(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreException("cannot create DATA_DIR " + abs + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(abs)) {
            throw new StoreException("DATA_DIR " + abs + " is not writable");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(abs.resolve("focalbot.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(abs);
            }
            return new DataDirectory(abs, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(abs);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock DATA_DIR " + abs + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    public Path root() {
        return root;
    }

    /** A file or folder inside the data directory. */
    public Path resolve(String name) {
        return root.resolve(name);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(lockChannel);
    }

    private static StoreException inUse(Path dir) {
        return new StoreException("DATA_DIR " + dir + " is already in use by another Focal Point Assistant process; "
                + "stop that process or point DATA_DIR elsewhere");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more we can do
            }
        }
    }
}
