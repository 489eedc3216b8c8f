package org.ltsports.base.abi;

import org.ltsports.base.elf.ElfSymbol;
import org.ltsports.base.elf.SymbolType;

/**
 * A symbol a library exports.
 *
 * @param name           the symbol
 * @param version        its GNU version ({@code GLIBC_2.34}), null when unversioned
 * @param defaultVersion true for {@code name@@VER} (what new links bind to), false for an old {@code name@VER}
 * @param type           FUNC, OBJECT, TLS, ...
 * @param size           bytes; part of the interface for data (OBJECT, TLS), meaningless for code
 */
public record ExportedSymbol(String name, String version, boolean defaultVersion, SymbolType type, long size) {

    static ExportedSymbol of(ElfSymbol symbol) {
        return new ExportedSymbol(symbol.name(), symbol.version().orElse(null), symbol.defaultVersion(),
                symbol.type(), symbol.size());
    }

    /** {@code name@VER}, or the bare name when unversioned: what an import asks for. */
    public String key() {
        return version == null ? name : name + "@" + version;
    }

    /**
     * The line this symbol adds to its library's export fingerprint: {@code name@@VER TYPE}, plus the
     * size for data. A function's size changes with any change to its code and means nothing to callers.
     */
    String fingerprintLine() {
        String versioned = version == null ? name : name + (defaultVersion ? "@@" : "@") + version;
        return versioned + " " + type + (type.isData() ? " " + size : "");
    }
}
