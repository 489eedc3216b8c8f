package org.ltsports.base.elf;

/** A symbol's binding: the high four bits of st_info. {@code UNIQUE} is GNU's STB_GNU_UNIQUE. */
public enum SymbolBinding {
    LOCAL, GLOBAL, WEAK, UNIQUE, OTHER;

    static SymbolBinding of(int stBind) {
        return switch (stBind) {
            case 0 -> LOCAL;
            case 1 -> GLOBAL;
            case 2 -> WEAK;
            case 10 -> UNIQUE;
            default -> OTHER;
        };
    }
}
