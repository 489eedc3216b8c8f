package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The ELF file header and the two header tables it points to: program headers (segments, the
 * loader's view) and section headers (the linker's view).
 */
record ElfHeader(ElfType type, int machine, List<Segment> segments, List<Section> sections) {

    static final int PT_LOAD = 1;
    static final int PT_DYNAMIC = 2;
    static final int PT_INTERP = 3;

    /** One program header. */
    record Segment(long type, long offset, long address, long fileSize) {
    }

    /** One section header. */
    record Section(long type, long address, long offset, long size, int link, long info, long entrySize) {
    }

    static ElfHeader read(ElfInput in) throws IOException {
        ByteBuffer h = in.read(0, in.wide ? 64 : 52);
        int type = ElfInput.u16(h, 16);
        int machine = ElfInput.u16(h, 18);
        long phoff = in.word(h, in.wide ? 32 : 28);
        long shoff = in.word(h, in.wide ? 40 : 32);
        int base = in.wide ? 54 : 42;
        int phentsize = ElfInput.u16(h, base);
        int phnum = ElfInput.u16(h, base + 2);
        int shentsize = ElfInput.u16(h, base + 4);
        int shnum = ElfInput.u16(h, base + 6);
        List<Segment> segments = new ArrayList<>();
        if (phoff != 0 && phnum > 0) {
            ByteBuffer table = in.read(phoff, (long) phentsize * phnum);
            for (int i = 0; i < phnum; i++) {
                segments.add(segment(in, table, i * phentsize));
            }
        }
        List<Section> sections = new ArrayList<>();
        if (shoff != 0 && shentsize > 0) {
            if (shnum == 0) {
                shnum = (int) in.word(in.read(shoff, shentsize), in.wide ? 32 : 20);
            }
            ByteBuffer table = in.read(shoff, (long) shentsize * shnum);
            for (int i = 0; i < shnum; i++) {
                sections.add(section(in, table, i * shentsize));
            }
        }
        return new ElfHeader(ElfType.of(type), machine, segments, sections);
    }

    private static Segment segment(ElfInput in, ByteBuffer t, int at) {
        long type = ElfInput.u32(t, at);
        if (in.wide) {
            return new Segment(type, t.getLong(at + 8), t.getLong(at + 16), t.getLong(at + 32));
        }
        return new Segment(type, in.word(t, at + 4), in.word(t, at + 8), in.word(t, at + 16));
    }

    private static Section section(ElfInput in, ByteBuffer t, int at) {
        long type = ElfInput.u32(t, at + 4);
        if (in.wide) {
            return new Section(type, t.getLong(at + 16), t.getLong(at + 24), t.getLong(at + 32),
                    t.getInt(at + 40), ElfInput.u32(t, at + 44), t.getLong(at + 56));
        }
        return new Section(type, in.word(t, at + 12), in.word(t, at + 16), in.word(t, at + 20),
                t.getInt(at + 24), in.word(t, at + 28), in.word(t, at + 36));
    }

    /** The first segment of a type. */
    java.util.Optional<Segment> segment(int segmentType) {
        return segments.stream().filter(s -> s.type() == segmentType).findFirst();
    }

    /** The first section of a type. */
    java.util.Optional<Section> section(long sectionType) {
        return sections.stream().filter(s -> s.type() == sectionType).findFirst();
    }

    /** The file offset of a virtual address, through the loadable segment that maps it. */
    long fileOffset(long address) {
        for (Segment s : segments) {
            if (s.type() == PT_LOAD && address >= s.address() && address < s.address() + s.fileSize()) {
                return address - s.address() + s.offset();
            }
        }
        return -1;
    }
}
