package org.ltsports.base.elf;

/** What an ELF file is: e_type. A PIE executable is {@code SHARED} with an interpreter. */
public enum ElfType {
    RELOCATABLE, EXECUTABLE, SHARED, CORE, OTHER;

    static ElfType of(int eType) {
        return switch (eType) {
            case 1 -> RELOCATABLE;
            case 2 -> EXECUTABLE;
            case 3 -> SHARED;
            case 4 -> CORE;
            default -> OTHER;
        };
    }
}
