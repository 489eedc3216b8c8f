package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GNU symbol versioning: the versions a file defines (.gnu.version_d), the versions it needs from
 * other files (.gnu.version_r), and the version index of each .dynsym entry (.gnu.version).
 */
final class SymbolVersions {

    static final long SHT_GNU_VERDEF = 0x6ffffffdL;
    static final long SHT_GNU_VERNEED = 0x6ffffffeL;
    static final long SHT_GNU_VERSYM = 0x6fffffffL;
    private static final int VER_FLG_BASE = 1;
    private static final int HIDDEN = 0x8000;

    private final Map<Integer, String> definitions = new HashMap<>();
    private final List<String> definedNames = new ArrayList<>();
    private final Map<Integer, String[]> requirements = new HashMap<>();
    private final Map<String, List<String>> needs = new LinkedHashMap<>();
    private ByteBuffer versym;

    static SymbolVersions read(ElfInput in, ElfHeader header, StringTables strings) throws IOException {
        SymbolVersions versions = new SymbolVersions();
        for (ElfHeader.Section s : header.sections()) {
            if (s.type() == SHT_GNU_VERDEF) {
                versions.readDefinitions(in.read(s.offset(), s.size()), s.info(), strings.of(s.link()));
            } else if (s.type() == SHT_GNU_VERNEED) {
                versions.readRequirements(in.read(s.offset(), s.size()), s.info(), strings.of(s.link()));
            } else if (s.type() == SHT_GNU_VERSYM) {
                versions.versym = in.read(s.offset(), s.size());
            }
        }
        return versions;
    }

    private void readDefinitions(ByteBuffer t, long count, ByteBuffer names) {
        int at = 0;
        for (long i = 0; i < count && at + 20 <= t.limit(); i++) {
            int flags = ElfInput.u16(t, at + 2);
            int index = ElfInput.u16(t, at + 4);
            String name = ElfInput.string(names, ElfInput.u32(t, at + (int) ElfInput.u32(t, at + 12)));
            definitions.put(index, name);
            if ((flags & VER_FLG_BASE) == 0) {
                definedNames.add(name);
            }
            long next = ElfInput.u32(t, at + 16);
            if (next == 0) {
                break;
            }
            at += (int) next;
        }
    }

    private void readRequirements(ByteBuffer t, long count, ByteBuffer names) {
        int at = 0;
        for (long i = 0; i < count && at + 16 <= t.limit(); i++) {
            int auxCount = ElfInput.u16(t, at + 2);
            String file = ElfInput.string(names, ElfInput.u32(t, at + 4));
            List<String> versions = needs.computeIfAbsent(file, f -> new ArrayList<>());
            int aux = at + (int) ElfInput.u32(t, at + 8);
            for (int j = 0; j < auxCount && aux + 16 <= t.limit(); j++) {
                String version = ElfInput.string(names, ElfInput.u32(t, aux + 8));
                requirements.put(ElfInput.u16(t, aux + 6) & ~HIDDEN, new String[] {file, version});
                versions.add(version);
                aux += (int) ElfInput.u32(t, aux + 12);
            }
            long next = ElfInput.u32(t, at + 12);
            if (next == 0) {
                break;
            }
            at += (int) next;
        }
    }

    /** The raw .gnu.version entry of symbol {@code i}: index in the low 15 bits, the hidden bit on top. */
    int entry(int i) {
        return versym == null || 2 * i + 2 > versym.limit() ? 1 : ElfInput.u16(versym, 2 * i);
    }

    static boolean hidden(int entry) {
        return (entry & HIDDEN) != 0;
    }

    /** The version name of an index, defined here or required from another file; null for local/global. */
    String name(int entry) {
        int index = entry & ~HIDDEN;
        if (index <= 1) {
            return null;
        }
        String[] required = requirements.get(index);
        return required != null ? required[1] : definitions.get(index);
    }

    /** The SONAME a required version index belongs to, or null when the index is defined here. */
    String library(int entry) {
        String[] required = requirements.get(entry & ~HIDDEN);
        return required == null ? null : required[0];
    }

    List<String> definedNames() {
        return List.copyOf(definedNames);
    }

    List<VersionNeed> needs() {
        return needs.entrySet().stream().map(e -> new VersionNeed(e.getKey(), e.getValue())).toList();
    }
}
