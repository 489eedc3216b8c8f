package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the program interpreter and the DT_RPATH or DT_RUNPATH of an ELF file (32 or 64 bit,
 * either byte order) from its program headers, the way the dynamic loader finds them.
 * A file that is not ELF, or whose headers do not hold together, reads as empty.
 */
final class ElfReader {
    private static final int PT_LOAD = 1;
    private static final int PT_DYNAMIC = 2;
    private static final int PT_INTERP = 3;
    private static final long DT_NULL = 0;
    private static final long DT_STRTAB = 5;
    private static final long DT_RPATH = 15;
    private static final long DT_RUNPATH = 29;
    private static final int MAX_STRING = 64 * 1024;

    private record Segment(long type, long offset, long vaddr, long fileSize) {
    }

    private final FileChannel channel;
    private boolean wide;
    private ByteOrder order;

    private ElfReader(FileChannel channel) {
        this.channel = channel;
    }

    static Optional<ElfLinkage> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new ElfReader(channel).linkage();
        }
    }

    /** True when {@code head} starts with the ELF magic number. */
    static boolean isElf(byte[] head, int length) {
        return length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    }

    private Optional<ElfLinkage> linkage() throws IOException {
        ByteBuffer ident = bytes(0, 64);
        if (ident.limit() < 52 || !isElf(ident.array(), ident.limit())) {
            return Optional.empty();
        }
        wide = ident.get(4) == 2;
        order = ident.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ident.order(order);
        if ((ident.get(4) != 1 && !wide) || (wide && ident.limit() < 64)) {
            return Optional.empty();
        }
        long phoff = wide ? ident.getLong(0x20) : Integer.toUnsignedLong(ident.getInt(0x1c));
        int phentsize = Short.toUnsignedInt(ident.getShort(wide ? 0x36 : 0x2a));
        int phnum = Short.toUnsignedInt(ident.getShort(wide ? 0x38 : 0x2c));
        if (phoff <= 0 || phnum == 0 || phentsize < (wide ? 56 : 32) || phoff + (long) phentsize * phnum > channel.size()) {
            return Optional.of(ElfLinkage.NONE);
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            segments.add(segment(bytes(phoff + (long) i * phentsize, phentsize)));
        }
        Optional<String> interpreter = Optional.empty();
        for (Segment s : segments) {
            if (s.type() == PT_INTERP && s.fileSize() > 1) {
                interpreter = Optional.of(string(s.offset(), (int) Math.min(s.fileSize(), MAX_STRING)));
            }
        }
        return Optional.of(dynamic(segments, interpreter));
    }

    private ElfLinkage dynamic(List<Segment> segments, Optional<String> interpreter) throws IOException {
        Segment dynamic = segments.stream().filter(s -> s.type() == PT_DYNAMIC).findFirst().orElse(null);
        if (dynamic == null) {
            return new ElfLinkage(interpreter, Optional.empty(), false);
        }
        ByteBuffer entries = bytes(dynamic.offset(), (int) Math.min(dynamic.fileSize(), 1 << 20));
        int size = wide ? 16 : 8;
        long strtab = -1;
        long searchPath = -1;
        boolean runpath = false;
        for (int at = 0; at + size <= entries.limit(); at += size) {
            long tag = wide ? entries.getLong(at) : entries.getInt(at);
            long value = wide ? entries.getLong(at + 8) : Integer.toUnsignedLong(entries.getInt(at + 4));
            if (tag == DT_NULL) {
                break;
            } else if (tag == DT_STRTAB) {
                strtab = value;
            } else if (tag == DT_RUNPATH || (tag == DT_RPATH && searchPath < 0)) {
                searchPath = value;
                runpath = tag == DT_RUNPATH;
            }
        }
        long strtabOffset = fileOffset(segments, strtab);
        if (searchPath < 0 || strtabOffset < 0) {
            return new ElfLinkage(interpreter, Optional.empty(), false);
        }
        return new ElfLinkage(interpreter, Optional.of(string(strtabOffset + searchPath, MAX_STRING)), runpath);
    }

    private Segment segment(ByteBuffer header) {
        if (wide) {
            return new Segment(Integer.toUnsignedLong(header.getInt(0)), header.getLong(8), header.getLong(16),
                    header.getLong(32));
        }
        return new Segment(Integer.toUnsignedLong(header.getInt(0)), Integer.toUnsignedLong(header.getInt(4)),
                Integer.toUnsignedLong(header.getInt(8)), Integer.toUnsignedLong(header.getInt(16)));
    }

    /** The file offset of a virtual address, through the loadable segment that maps it; -1 if none does. */
    private static long fileOffset(List<Segment> segments, long vaddr) {
        for (Segment s : segments) {
            if (s.type() == PT_LOAD && vaddr >= s.vaddr() && vaddr < s.vaddr() + s.fileSize()) {
                return s.offset() + (vaddr - s.vaddr());
            }
        }
        return -1;
    }

    private String string(long offset, int maxLength) throws IOException {
        ByteBuffer buffer = bytes(offset, maxLength);
        int end = 0;
        while (end < buffer.limit() && buffer.get(end) != 0) {
            end++;
        }
        return new String(buffer.array(), 0, end, StandardCharsets.UTF_8);
    }

    private ByteBuffer bytes(long offset, int length) throws IOException {
        int available = (int) Math.max(0, Math.min(length, channel.size() - offset));
        ByteBuffer buffer = ByteBuffer.allocate(available);
        while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
            // keep reading until the range is complete or the file ends
        }
        buffer.flip();
        return buffer.order(order == null ? ByteOrder.LITTLE_ENDIAN : order);
    }
}
