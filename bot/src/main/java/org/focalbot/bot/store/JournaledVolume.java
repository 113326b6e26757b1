package org.focalbot.bot.store;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mapdb.DBException;
import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;

/**
 * A MapDB {@link Volume} whose commits are atomic under SIGKILL and power loss: a redo journal
 * beneath MapDB's plain (non-transactional) store.
 *
 * <p>MapDB 3.1.0's own write-ahead log cannot be relied on: it never replays the log when a file
 * is opened, and the log lacks the index entries needed to, so a kill in the middle of a commit
 * leaves a file whose header points at records that were never written. Here, MapDB's writes go
 * to 4 KiB pages in memory; {@link #sync()} (MapDB's commit) appends every page changed since the
 * last commit to {@code <file>.journal} as one checksummed record and forces it to disk — that is
 * the moment a commit becomes durable. The main file is only written at a checkpoint (when the
 * journal grows past {@link #CHECKPOINT_BYTES}, and on close): committed pages are written and
 * forced, then the journal is emptied. Opening replays every whole record of the journal onto the
 * main file and ignores a torn last one, which was never acknowledged. Replaying is idempotent, so
 * a crash during a checkpoint or a replay is recovered by the next open.
 *
 * <p>Thread safety: reads may run concurrently with each other; writes, {@link #sync()} and
 * {@link #close()} must be exclusive with everything else, which {@link MapDbDocumentStore}'s lock
 * guarantees.
 */
final class JournaledVolume extends Volume {

    static final int PAGE_SHIFT = 12;
    static final int PAGE = 1 << PAGE_SHIFT;
    static final long CHECKPOINT_BYTES = 16L << 20;
    /** At most this many main-file pages (64 MiB) are cached for reading. */
    static final int MAX_CACHED_PAGES = 16_384;
    /** MapDB grows files in 1 MiB steps; keeping that keeps its allocator's assumptions. */
    private static final long GROWTH = 1L << 20;

    private final Path mainPath;
    private final FileChannel main;
    private final PageJournal journal;
    private final FileLock lock;
    /** Pages changed by committed writes since the last checkpoint. */
    private final ConcurrentHashMap<Long, byte[]> committed = new ConcurrentHashMap<>();
    /** Pages changed since the last commit. */
    private final ConcurrentHashMap<Long, byte[]> working = new ConcurrentHashMap<>();
    /** Unchanged pages of the main file, cached for reading. */
    private final ConcurrentHashMap<Long, byte[]> clean = new ConcurrentHashMap<>();
    /** Cleared whenever a page may be replaced by another array (writes, truncation). */
    private volatile LastPage lastPage;
    private volatile long length;
    private long committedLength;
    /** Bytes of the main file that hold data; beyond it everything reads as zero. */
    private volatile long mainLength;
    private boolean abandoned;

    private JournaledVolume(Path mainPath, FileChannel main, PageJournal journal, FileLock lock) throws IOException {
        this.mainPath = mainPath;
        this.main = main;
        this.journal = journal;
        this.lock = lock;
        this.mainLength = main.size();
        this.length = mainLength;
        this.committedLength = mainLength;
    }

    /** Opens the store file, replaying its journal; fails with {@link StoreException} when another process holds it. */
    static JournaledVolume open(Path file) {
        Path mainPath = file.toAbsolutePath();
        Path journalPath = mainPath.resolveSibling(mainPath.getFileName() + ".journal");
        FileChannel main = null;
        FileChannel journal = null;
        try {
            main = FileChannel.open(mainPath, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
            FileLock lock;
            try {
                lock = main.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException("the store " + mainPath + " is in use by another process; stop it or set "
                        + "DATA_DIR to another directory");
            }
            journal = FileChannel.open(journalPath, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE);
            ChannelIo.forceDirectory(mainPath.getParent());
            PageJournal.replay(journal, main);
            return new JournaledVolume(mainPath, main, new PageJournal(journal), lock);
        } catch (IOException e) {
            ChannelIo.closeQuietly(journal);
            ChannelIo.closeQuietly(main);
            throw new StoreException("cannot open the store " + mainPath + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            ChannelIo.closeQuietly(journal);
            ChannelIo.closeQuietly(main);
            throw e;
        }
    }

    // ---- MapDB's view: reads and writes through the page overlay ----

    @Override
    public void ensureAvailable(long offset) {
        long wanted = (offset + GROWTH - 1) / GROWTH * GROWTH;
        if (wanted > length) {
            length = wanted;
        }
    }

    @Override
    public void truncate(long size) {
        lastPage = null;
        length = size;
        long firstGone = (size + PAGE - 1) >>> PAGE_SHIFT;
        working.keySet().removeIf(p -> p >= firstGone);
        committed.keySet().removeIf(p -> p >= firstGone);
        clean.keySet().removeIf(p -> p >= firstGone - 1);
        int tail = (int) (size & (PAGE - 1));
        if (tail != 0) {
            // What lies past the end must read as zeros if the volume grows again.
            for (Map<Long, byte[]> pages : List.of(working, committed)) {
                pages.computeIfPresent(firstGone - 1, (k, page) -> {
                    byte[] cut = page.clone();
                    java.util.Arrays.fill(cut, tail, PAGE, (byte) 0);
                    return cut;
                });
            }
        }
        if (size < mainLength) {
            mainLength = size;
        }
    }

    @Override
    public void putLong(long offset, long value) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) value;
            value >>>= 8;
        }
        write(offset, b, 0, 8);
    }

    @Override
    public void putInt(long offset, int value) {
        write(offset, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value}, 0, 4);
    }

    @Override
    public void putByte(long offset, byte value) {
        write(offset, new byte[] {value}, 0, 1);
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        write(offset, src, srcPos, srcSize);
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        byte[] b = new byte[buf.remaining()];
        buf.get(b);
        write(offset, b, 0, b.length);
    }

    @Override
    public long getLong(long offset) {
        int inPage = (int) (offset & (PAGE - 1));
        byte[] b;
        int at;
        if (inPage <= PAGE - 8) {
            // The common case, without a copy: MapDB reads many longs and ints on every commit.
            b = page(offset >>> PAGE_SHIFT);
            at = inPage;
        } else {
            b = new byte[8];
            read(offset, b, 0, 8);
            at = 0;
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    @Override
    public int getInt(long offset) {
        int inPage = (int) (offset & (PAGE - 1));
        byte[] b;
        int at;
        if (inPage <= PAGE - 4) {
            b = page(offset >>> PAGE_SHIFT);
            at = inPage;
        } else {
            b = new byte[4];
            read(offset, b, 0, 4);
            at = 0;
        }
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    @Override
    public byte getByte(long offset) {
        byte[] b = new byte[1];
        read(offset, b, 0, 1);
        return b[0];
    }

    @Override
    public DataInput2 getDataInput(long offset, int size) {
        byte[] b = new byte[size];
        read(offset, b, 0, size);
        return new DataInput2.ByteArray(b);
    }

    @Override
    public void getData(long offset, byte[] bytes, int bytesPos, int size) {
        read(offset, bytes, bytesPos, size);
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        byte[] zeros = new byte[PAGE];
        for (long at = startOffset; at < endOffset; ) {
            long pageNo = at >>> PAGE_SHIFT;
            int inPage = (int) (at & (PAGE - 1));
            int n = (int) Math.min(PAGE - inPage, endOffset - at);
            boolean alreadyZero = (pageNo << PAGE_SHIFT) >= mainLength
                    && !working.containsKey(pageNo) && !committed.containsKey(pageNo) && !clean.containsKey(pageNo);
            if (!alreadyZero) {
                write(at, zeros, 0, n);
            }
            at += n;
        }
    }

    /** MapDB's commit: makes every change since the last commit durable as one journal record. */
    @Override
    public void sync() {
        if (abandoned || (working.isEmpty() && length == committedLength)) {
            return;
        }
        try {
            journal.append(working, length);
        } catch (IOException e) {
            throw new DBException.VolumeIOError(e);
        }
        committed.putAll(working);
        working.clear();
        committedLength = length;
        if (journal.bytes() >= CHECKPOINT_BYTES) {
            checkpoint();
        }
    }

    /** Writes committed pages into the main file, forces it, then empties the journal. */
    void checkpoint() {
        try {
            for (Map.Entry<Long, byte[]> p : committed.entrySet()) {
                long offset = p.getKey() << PAGE_SHIFT;
                if (offset < committedLength) {
                    ChannelIo.writeFully(main, ByteBuffer.wrap(p.getValue(), 0, (int) Math.min(PAGE, committedLength - offset)), offset);
                }
            }
            ChannelIo.setSize(main, committedLength);
            main.force(true);
            mainLength = committedLength;
            committed.forEach((pageNo, page) -> {
                if (clean.size() < MAX_CACHED_PAGES) {
                    clean.put(pageNo, page);
                } else {
                    clean.remove(pageNo);
                }
            });
            committed.clear();
            journal.clear();
        } catch (IOException e) {
            throw new DBException.VolumeIOError(e);
        }
    }

    /**
     * Forgets every uncommitted change and closes without touching the files, so that reopening
     * returns exactly to the last commit (MapDB's plain store has no rollback of its own).
     */
    void abandon() {
        abandoned = true;
        lastPage = null;
        working.clear();
        closeFiles();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!abandoned) {
            // Changes after the last commit (e.g. MapDB's closing header update) were never committed.
            working.clear();
            length = committedLength;
            if (!committed.isEmpty() || journal.bytes() > 0) {
                checkpoint();
            }
        }
        closeFiles();
    }

    private void closeFiles() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        journal.close();
        ChannelIo.closeQuietly(main);
    }

    @Override
    public int sliceSize() {
        return -1;
    }

    @Override
    public boolean isSliced() {
        return false;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public File getFile() {
        return mainPath.toFile();
    }

    @Override
    public boolean getFileLocked() {
        return lock.isValid();
    }

    /** Bytes in the journal now (for tests). */
    long journalBytes() {
        return journal.bytes();
    }

    private void write(long offset, byte[] src, int srcPos, int len) {
        if (abandoned) {
            throw new DBException.VolumeClosed(new IOException("the store was abandoned after a failed write"));
        }
        lastPage = null;
        int done = 0;
        while (done < len) {
            long at = offset + done;
            long pageNo = at >>> PAGE_SHIFT;
            int inPage = (int) (at & (PAGE - 1));
            int n = Math.min(PAGE - inPage, len - done);
            byte[] page = working.computeIfAbsent(pageNo, this::copyOfPage);
            System.arraycopy(src, srcPos + done, page, inPage, n);
            done += n;
        }
        if (offset + len > length) {
            length = offset + len;
        }
    }

    private byte[] copyOfPage(long pageNo) {
        byte[] c = committed.get(pageNo);
        return (c != null ? c : mainPage(pageNo)).clone();
    }

    private void read(long offset, byte[] dst, int dstPos, int len) {
        int done = 0;
        while (done < len) {
            long at = offset + done;
            long pageNo = at >>> PAGE_SHIFT;
            int inPage = (int) (at & (PAGE - 1));
            int n = Math.min(PAGE - inPage, len - done);
            System.arraycopy(page(pageNo), inPage, dst, dstPos + done, n);
            done += n;
        }
    }

    /** The current content of a page: changed since the last commit, committed since the checkpoint, or on disk. */
    private byte[] page(long pageNo) {
        LastPage last = lastPage;
        if (last != null && last.pageNo == pageNo) {
            return last.page;
        }
        byte[] page = working.get(pageNo);
        if (page == null) {
            page = committed.get(pageNo);
        }
        if (page == null) {
            page = mainPage(pageNo);
        }
        lastPage = new LastPage(pageNo, page);
        return page;
    }

    /** The page read last: MapDB reads runs of small values from one page (its header: 8,000 ints per commit). */
    private record LastPage(long pageNo, byte[] page) {
    }

    /** A page of the main file, through a bounded cache: MapDB reads a few bytes at a time. */
    private byte[] mainPage(long pageNo) {
        byte[] page = clean.get(pageNo);
        if (page != null) {
            return page;
        }
        page = new byte[PAGE];
        long offset = pageNo << PAGE_SHIFT;
        if (offset < mainLength) {
            int n = (int) Math.min(PAGE, mainLength - offset);
            try {
                ChannelIo.readFully(main, ByteBuffer.wrap(page, 0, n), offset);
            } catch (IOException e) {
                throw new DBException.VolumeIOError(e);
            }
        }
        if (clean.size() >= MAX_CACHED_PAGES) {
            // Crude but bounded: drop an arbitrary eighth of the cache.
            int drop = MAX_CACHED_PAGES / 8;
            var it = clean.keySet().iterator();
            while (drop-- > 0 && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
        clean.put(pageNo, page);
        return page;
    }
}
