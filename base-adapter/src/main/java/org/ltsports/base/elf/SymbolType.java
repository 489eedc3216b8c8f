package org.ltsports.base.elf;

/** A symbol's type: the low four bits of st_info. {@code IFUNC} is GNU's indirect function. */
public enum SymbolType {
    NOTYPE, OBJECT, FUNC, SECTION, FILE, COMMON, TLS, IFUNC, OTHER;

    static SymbolType of(int stType) {
        return switch (stType) {
            case 0 -> NOTYPE;
            case 1 -> OBJECT;
            case 2 -> FUNC;
            case 3 -> SECTION;
            case 4 -> FILE;
            case 5 -> COMMON;
            case 6 -> TLS;
            case 10 -> IFUNC;
            default -> OTHER;
        };
    }

    /** Data whose size is part of the interface: copied into executables, laid out in TLS blocks. */
    public boolean isData() {
        return this == OBJECT || this == TLS || this == COMMON;
    }
}
