package org.focalbot.bot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Positional reads and writes that loop until done, and the other small file chores of the journaled store. */
final class ChannelIo {

    private ChannelIo() {
    }

    static void setSize(FileChannel channel, long size) throws IOException {
        if (channel.size() > size) {
            channel.truncate(size);
        } else if (channel.size() < size) {
            writeFully(channel, ByteBuffer.allocate(1), size - 1);
        }
    }

    static void writeFully(FileChannel channel, ByteBuffer buf, long offset) throws IOException {
        long at = offset;
        while (buf.hasRemaining()) {
            at += channel.write(buf, at);
        }
    }

    static void readFully(FileChannel channel, ByteBuffer buf, long offset) throws IOException {
        long at = offset;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at);
            if (n < 0) {
                throw new IOException("unexpected end of file at " + at);
            }
            at += n;
        }
    }

    /** Makes the files' directory entries durable, so a new store or journal file survives a power cut. */
    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory; the files' own forces still hold.
        }
    }

    static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
