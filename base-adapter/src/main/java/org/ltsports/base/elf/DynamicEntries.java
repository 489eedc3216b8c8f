package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ltsports.base.BaseException;

/** The entries of PT_DYNAMIC the loader acts on: DT_NEEDED, DT_SONAME, DT_RPATH and DT_RUNPATH. */
record DynamicEntries(List<String> needed, Optional<String> soname, List<String> rpath, List<String> runpath) {

    private static final long DT_NULL = 0;
    private static final long DT_NEEDED = 1;
    private static final long DT_STRTAB = 5;
    private static final long DT_STRSZ = 10;
    private static final long DT_SONAME = 14;
    private static final long DT_RPATH = 15;
    private static final long DT_RUNPATH = 29;

    static final DynamicEntries NONE = new DynamicEntries(List.of(), Optional.empty(), List.of(), List.of());

    static DynamicEntries read(ElfInput in, ElfHeader header, ElfHeader.Segment dynamic) throws IOException {
        ByteBuffer table = in.read(dynamic.offset(), dynamic.fileSize());
        int entry = in.wide ? 16 : 8;
        List<long[]> entries = new ArrayList<>();
        long strtab = -1;
        long strsz = 0;
        for (int at = 0; at + entry <= table.limit(); at += entry) {
            long tag = in.wide ? table.getLong(at) : table.getInt(at);
            long value = in.word(table, at + entry / 2);
            if (tag == DT_NULL) {
                break;
            } else if (tag == DT_STRTAB) {
                strtab = value;
            } else if (tag == DT_STRSZ) {
                strsz = value;
            }
            entries.add(new long[] {tag, value});
        }
        long offset = header.fileOffset(strtab);
        if (offset < 0) {
            throw new BaseException(in.name() + ": damaged ELF file (its dynamic string table is not mapped)");
        }
        ByteBuffer strings = in.read(offset, strsz);
        List<String> needed = new ArrayList<>();
        String soname = null;
        List<String> rpath = new ArrayList<>();
        List<String> runpath = new ArrayList<>();
        for (long[] e : entries) {
            String text = e[0] == DT_NEEDED || e[0] == DT_SONAME || e[0] == DT_RPATH || e[0] == DT_RUNPATH
                    ? ElfInput.string(strings, e[1]) : null;
            if (e[0] == DT_NEEDED) {
                needed.add(text);
            } else if (e[0] == DT_SONAME) {
                soname = text;
            } else if (e[0] == DT_RPATH) {
                rpath.addAll(searchPath(text));
            } else if (e[0] == DT_RUNPATH) {
                runpath.addAll(searchPath(text));
            }
        }
        return new DynamicEntries(List.copyOf(needed), Optional.ofNullable(soname), List.copyOf(rpath),
                List.copyOf(runpath));
    }

    private static List<String> searchPath(String text) {
        return Arrays.stream(text.split(":")).filter(s -> !s.isEmpty()).toList();
    }
}
