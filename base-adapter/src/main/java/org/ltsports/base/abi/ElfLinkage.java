package org.ltsports.base.abi;

import java.util.List;

/**
 * The linkage of one ELF file of a keg, as a receipt records it and the planner reads it.
 *
 * @param path        the file, relative to its keg ({@code bin/socat})
 * @param interpreter PT_INTERP, null for a shared library or a static binary
 * @param isStatic    no PT_DYNAMIC: nothing is loaded at run time
 * @param rpath       DT_RPATH and DT_RUNPATH entries, as written
 * @param needed      DT_NEEDED entries with where each resolved
 * @param imports     the symbols it imports (versioned and unversioned, strong and weak)
 * @param exports     for a shared library, its interface; null otherwise
 */
public record ElfLinkage(String path, String interpreter, boolean isStatic, List<String> rpath,
                         List<NeededLibrary> needed, List<ImportedSymbol> imports, LibraryAbi exports) {

    public ElfLinkage {
        rpath = List.copyOf(rpath);
        needed = List.copyOf(needed);
        imports = List.copyOf(imports);
    }
}
