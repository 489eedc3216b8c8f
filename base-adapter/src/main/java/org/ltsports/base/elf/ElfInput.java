package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import org.ltsports.base.BaseException;

/**
 * Reads regions of one ELF file through its channel, never the whole file, and the fields whose
 * width depends on the ELF class (addresses, offsets and sizes: 8 bytes in ELF64, 4 in ELF32).
 */
final class ElfInput {

    /** No table this reader needs is larger; a bigger one means a damaged file. */
    private static final long LARGEST_TABLE = 256L << 20;

    private final FileChannel channel;
    private final long size;
    private final String name;
    final ByteOrder order;
    final boolean wide;

    ElfInput(FileChannel channel, String name, ByteOrder order, boolean wide) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.name = name;
        this.order = order;
        this.wide = wide;
    }

    /** The bytes at {@code offset}, positioned at 0 and in the file's byte order. */
    ByteBuffer read(long offset, long length) throws IOException {
        if (offset < 0 || length < 0 || length > LARGEST_TABLE || offset + length > size) {
            throw new BaseException(name + ": damaged ELF file (a table at " + offset + " of " + length
                    + " bytes lies outside its " + size + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length).order(order);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new BaseException(name + ": ELF file ends early at " + (offset + buffer.position()));
            }
        }
        return buffer.flip();
    }

    /** An address, offset or size field: 8 bytes in ELF64, 4 unsigned bytes in ELF32. */
    long word(ByteBuffer buffer, int position) {
        return wide ? buffer.getLong(position) : Integer.toUnsignedLong(buffer.getInt(position));
    }

    static long u32(ByteBuffer buffer, int position) {
        return Integer.toUnsignedLong(buffer.getInt(position));
    }

    static int u16(ByteBuffer buffer, int position) {
        return Short.toUnsignedInt(buffer.getShort(position));
    }

    /** The NUL-terminated string at {@code offset} of a string table. */
    static String string(ByteBuffer table, long offset) {
        if (offset < 0 || offset >= table.limit()) {
            return "";
        }
        int start = (int) offset;
        int end = start;
        while (end < table.limit() && table.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - start];
        table.get(start, bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    String name() {
        return name;
    }
}
