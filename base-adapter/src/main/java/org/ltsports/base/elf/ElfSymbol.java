package org.ltsports.base.elf;

import java.util.Optional;

/**
 * One entry of .dynsym with its GNU symbol version.
 *
 * @param name           the symbol's name
 * @param version        its version ({@code LIB_2.0}), empty for an unversioned symbol
 * @param versionLibrary for a version required from another file (verneed), that file's SONAME
 * @param defaultVersion false for a hidden, non-default version ({@code name@VER} rather than {@code name@@VER})
 * @param binding        GLOBAL, WEAK, ...
 * @param type           FUNC, OBJECT, TLS, ...
 * @param size           st_size in bytes
 * @param defined        st_shndx is not SHN_UNDEF
 * @param copied         defined here only by a copy relocation: data an executable imports and copies
 * @param visible        default or protected visibility
 */
public record ElfSymbol(String name, Optional<String> version, Optional<String> versionLibrary,
                        boolean defaultVersion, SymbolBinding binding, SymbolType type, long size,
                        boolean defined, boolean copied, boolean visible) {

    /** A symbol this file exports to others: defined here, global or weak, visible, not a version's own name. */
    public boolean isExport() {
        return defined && !copied && visible && versionLibrary.isEmpty() && binding != SymbolBinding.LOCAL
                && !name.isEmpty() && !version.map(name::equals).orElse(false);
    }

    /** A symbol this file takes from another: undefined, copied, or bound to a required version. */
    public boolean isImport() {
        return !name.isEmpty() && binding != SymbolBinding.LOCAL && (!defined || copied || versionLibrary.isPresent());
    }

    public boolean isWeak() {
        return binding == SymbolBinding.WEAK;
    }

    /** {@code name@@VER}, {@code name@VER} for a hidden version, or the bare name. */
    public String versionedName() {
        return version.map(v -> name + (defaultVersion && versionLibrary.isEmpty() ? "@@" : "@") + v).orElse(name);
    }
}
