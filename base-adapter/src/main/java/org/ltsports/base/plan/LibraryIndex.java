package org.ltsports.base.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltsports.base.abi.ExportedSymbol;
import org.ltsports.base.abi.LibraryAbi;

/** A library's interface indexed for lookups: exports by {@code name@VER} and by name (default or unversioned). */
record LibraryIndex(String soname, String owner, Set<String> versions, List<String> needed,
                    Map<String, ExportedSymbol> byKey, Map<String, ExportedSymbol> byName) {

    /** @param owner the base component or the keg that provides it */
    static LibraryIndex of(LibraryAbi abi, String owner) {
        Map<String, ExportedSymbol> byKey = new HashMap<>();
        Map<String, ExportedSymbol> byName = new HashMap<>();
        for (ExportedSymbol s : abi.exports()) {
            byKey.put(s.key(), s);
            if (s.version() == null || s.defaultVersion()) {
                byName.put(s.name(), s);
            }
        }
        return new LibraryIndex(abi.soname(), owner, Set.copyOf(abi.versions()), abi.needed(), byKey, byName);
    }

    /** The definition an import binds to: by {@code name@VER}, or for an unversioned import the default one. */
    ExportedSymbol definition(String name, String version) {
        return version == null ? byName.get(name) : byKey.get(name + "@" + version);
    }

    /** The same, with the import's key ({@code name@VER} or the bare name) made once by the caller. */
    ExportedSymbol definition(String key, boolean versioned) {
        return versioned ? byKey.get(key) : byName.get(key);
    }
}
