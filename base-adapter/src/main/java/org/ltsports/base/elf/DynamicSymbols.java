package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads .dynsym with the version of each symbol and the symbols an executable copies (R_*_COPY). */
final class DynamicSymbols {

    private static final long SHT_DYNSYM = 11;
    private static final long SHT_RELA = 4;
    private static final long SHT_REL = 9;
    private static final int SHN_UNDEF = 0;

    private DynamicSymbols() {
    }

    /** @param program an executable: only programs have copy relocations, so only theirs are read */
    static List<ElfSymbol> read(ElfInput in, ElfHeader header, StringTables strings, SymbolVersions versions,
                                boolean program) throws IOException {
        int index = dynsymIndex(header);
        if (index < 0) {
            return List.of();
        }
        ElfHeader.Section dynsym = header.sections().get(index);
        int entry = in.wide ? 24 : 16;
        ByteBuffer table = in.read(dynsym.offset(), dynsym.size());
        ByteBuffer names = strings.of(dynsym.link());
        Set<Integer> copied = program ? copyRelocated(in, header, index) : Set.of();
        List<ElfSymbol> symbols = new ArrayList<>();
        for (int i = 1; (long) (i + 1) * entry <= table.limit(); i++) {
            int at = i * entry;
            int info = Byte.toUnsignedInt(table.get(at + (in.wide ? 4 : 12)));
            int other = Byte.toUnsignedInt(table.get(at + (in.wide ? 5 : 13)));
            int shndx = ElfInput.u16(table, at + (in.wide ? 6 : 14));
            long size = in.wide ? table.getLong(at + 16) : ElfInput.u32(table, at + 8);
            int version = versions.entry(i);
            int visibility = other & 3;
            symbols.add(new ElfSymbol(ElfInput.string(names, ElfInput.u32(table, at)),
                    Optional.ofNullable(versions.name(version)), Optional.ofNullable(versions.library(version)),
                    !SymbolVersions.hidden(version), SymbolBinding.of(info >> 4), SymbolType.of(info & 0xf), size,
                    shndx != SHN_UNDEF, copied.contains(i), visibility == 0 || visibility == 3));
        }
        return symbols;
    }

    private static int dynsymIndex(ElfHeader header) {
        for (int i = 0; i < header.sections().size(); i++) {
            if (header.sections().get(i).type() == SHT_DYNSYM) {
                return i;
            }
        }
        return -1;
    }

    /** Indices of the symbols named by copy relocations against .dynsym. */
    private static Set<Integer> copyRelocated(ElfInput in, ElfHeader header, int dynsymIndex) throws IOException {
        int copyType = copyRelocationType(header.machine());
        Set<Integer> copied = new HashSet<>();
        for (ElfHeader.Section s : header.sections()) {
            boolean rela = s.type() == SHT_RELA;
            if ((!rela && s.type() != SHT_REL) || s.link() != dynsymIndex || copyType < 0) {
                continue;
            }
            int entry = (in.wide ? 8 : 4) * (rela ? 3 : 2);
            ByteBuffer table = in.read(s.offset(), s.size());
            for (int at = 0; at + entry <= table.limit(); at += entry) {
                long info = in.word(table, at + entry / (rela ? 3 : 2));
                long type = in.wide ? info & 0xffffffffL : info & 0xff;
                if (type == copyType) {
                    copied.add((int) (in.wide ? info >>> 32 : info >>> 8));
                }
            }
        }
        return copied;
    }

    /** R_*_COPY of the machines Debian builds for; -1 where unknown. */
    private static int copyRelocationType(int machine) {
        return switch (machine) {
            case 62, 3 -> 5;     // x86-64, i386
            case 183 -> 1024;    // AArch64
            case 40 -> 20;       // ARM
            case 243 -> 4;       // RISC-V
            case 21, 20 -> 19;   // PowerPC 64, PowerPC
            case 22 -> 9;        // s390
            default -> -1;
        };
    }
}
