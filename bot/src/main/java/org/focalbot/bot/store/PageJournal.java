package org.focalbot.bot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The redo journal of {@link JournaledVolume}: an append-only file of commit records, each
 * {@code magic, sequence, volume length, page count, (page number, 4 KiB page)…, CRC-32C}. A
 * record counts once it is whole and its checksum matches; replay stops at the first one that is
 * not (the commit that was being written when the process died, never acknowledged).
 */
final class PageJournal {

    private static final int MAGIC = 0x464a524e;
    private static final int HEADER = 4 + 8 + 8 + 4;
    private static final int PAGE = JournaledVolume.PAGE;
    private static final int PAGE_SHIFT = JournaledVolume.PAGE_SHIFT;

    private final FileChannel file;
    private long end;
    private long sequence;

    PageJournal(FileChannel file) throws IOException {
        this.file = file;
        this.end = file.size();
    }

    /** Appends one commit of {@code pages} and forces it to disk: the commit is durable when this returns. */
    void append(Map<Long, byte[]> pages, long length) throws IOException {
        ByteBuffer record = ByteBuffer.allocate(HEADER + pages.size() * (8 + PAGE) + 8);
        record.putInt(MAGIC).putLong(++sequence).putLong(length).putInt(pages.size());
        for (Map.Entry<Long, byte[]> p : pages.entrySet()) {
            record.putLong(p.getKey()).put(p.getValue());
        }
        CRC32C crc = new CRC32C();
        crc.update(record.array(), 0, record.position());
        record.putLong(crc.getValue());
        record.flip();
        ChannelIo.writeFully(file, record, end);
        file.force(false);
        end += record.limit();
    }

    long bytes() {
        return end;
    }

    /** Empties the journal once its pages are safely in the main file; replaying it again would be harmless. */
    void clear() throws IOException {
        file.truncate(0);
        end = 0;
    }

    void close() {
        ChannelIo.closeQuietly(file);
    }

    /** Applies the journal's whole records to the main file, forces it, and empties the journal. */
    static void replay(FileChannel journal, FileChannel main) throws IOException {
        long size = journal.size();
        if (size == 0) {
            return;
        }
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(size));
        ChannelIo.readFully(journal, all, 0);
        all.flip();
        Map<Long, byte[]> pages = new HashMap<>();
        long finalLength = -1;
        while (all.remaining() >= HEADER + 8) {
            int start = all.position();
            if (all.getInt() != MAGIC) {
                break;
            }
            all.getLong();
            long recordLength = all.getLong();
            int count = all.getInt();
            long body = (long) count * (8 + PAGE);
            if (count < 0 || body + 8 > all.remaining()) {
                break;
            }
            CRC32C crc = new CRC32C();
            crc.update(all.array(), start, (int) (HEADER + body));
            all.position((int) (start + HEADER + body));
            if (all.getLong() != crc.getValue()) {
                break;
            }
            all.position(start + HEADER);
            Map<Long, byte[]> recordPages = new HashMap<>();
            for (int i = 0; i < count; i++) {
                long pageNo = all.getLong();
                byte[] page = new byte[PAGE];
                all.get(page);
                recordPages.put(pageNo, page);
            }
            all.getLong();
            pages.putAll(recordPages);
            finalLength = recordLength;
        }
        if (finalLength < 0) {
            journal.truncate(0);
            journal.force(true);
            return;
        }
        for (Map.Entry<Long, byte[]> p : pages.entrySet()) {
            long offset = p.getKey() << PAGE_SHIFT;
            if (offset < finalLength) {
                int n = (int) Math.min(PAGE, finalLength - offset);
                ChannelIo.writeFully(main, ByteBuffer.wrap(p.getValue(), 0, n), offset);
            }
        }
        ChannelIo.setSize(main, finalLength);
        main.force(true);
        journal.truncate(0);
        journal.force(true);
    }
}
