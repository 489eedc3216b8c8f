package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/** String-table sections, each read once, by section index (the sh_link of the tables that use them). */
final class StringTables {

    private final ElfInput in;
    private final ElfHeader header;
    private final Map<Integer, ByteBuffer> read = new HashMap<>();

    StringTables(ElfInput in, ElfHeader header) {
        this.in = in;
        this.header = header;
    }

    ByteBuffer of(int sectionIndex) throws IOException {
        ByteBuffer table = read.get(sectionIndex);
        if (table == null) {
            if (sectionIndex <= 0 || sectionIndex >= header.sections().size()) {
                return ByteBuffer.allocate(0);
            }
            ElfHeader.Section section = header.sections().get(sectionIndex);
            table = in.read(section.offset(), section.size());
            read.put(sectionIndex, table);
        }
        return table;
    }
}
