package org.ltsports.base.abi;

import org.ltsports.base.elf.SymbolType;

/**
 * A symbol an ELF file takes from a library.
 *
 * @param name    the symbol
 * @param version the GNU version it requires, null when unversioned
 * @param library the SONAME it comes from: the version's file, or the library that defined it when
 *                the linkage was recorded; null when nothing defined it (a weak import left unbound)
 * @param type    its type where it was defined (OBJECT, TLS, FUNC, ...)
 * @param size    for data (OBJECT, TLS): its size where it was defined, or the size copied into an
 *                executable; 0 for code
 * @param weak    a weak reference: the program runs without it
 */
public record ImportedSymbol(String name, String version, String library, SymbolType type, long size, boolean weak) {

    /** {@code name@VER}, or the bare name: what the import asks for. */
    public String key() {
        return version == null ? name : name + "@" + version;
    }
}
