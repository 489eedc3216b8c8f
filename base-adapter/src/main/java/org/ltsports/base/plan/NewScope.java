package org.ltsports.base.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;
import org.ltsports.base.abi.ExportedSymbol;

/**
 * The libraries an ELF file would load after the pin, breadth first as the loader loads them: its
 * base libraries from the new release, its keg libraries as they are now, and what those need in
 * turn. Scopes are shared between files with the same needs.
 */
final class NewScope {

    private final ReleaseIndex to;
    private final KegLibraries kegs;
    private final Map<String, List<LibraryIndex>> scopes = new HashMap<>();

    NewScope(ReleaseIndex to, KegLibraries kegs) {
        this.to = to;
        this.kegs = kegs;
    }

    /** The libraries loaded for these needs, in load order. */
    List<LibraryIndex> of(List<NeededLibrary> needed) {
        StringBuilder key = new StringBuilder();
        needed.forEach(n -> key.append(n.soname()).append(' ').append(n.provider()).append(' '));
        return scopes.computeIfAbsent(key.toString(), k -> load(needed));
    }

    /** The first definition of an import in a scope, null when none. */
    static ExportedSymbol definition(List<LibraryIndex> scope, String name, String version) {
        String key = version == null ? name : name + "@" + version;
        for (LibraryIndex library : scope) {
            ExportedSymbol definition = library.definition(key, version != null);
            if (definition != null) {
                return definition;
            }
        }
        return null;
    }

    private List<LibraryIndex> load(List<NeededLibrary> needed) {
        List<LibraryIndex> scope = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<LibraryIndex> queue = new ArrayDeque<>();
        for (NeededLibrary n : needed) {
            seen.add(n.soname());
            LibraryIndex library = n.provider() == Provider.BASE ? to.library(n.soname())
                    : n.provider() == Provider.KEG ? kegs.library(n.soname()) : null;
            if (library != null) {
                queue.add(library);
            }
        }
        while (!queue.isEmpty()) {
            LibraryIndex library = queue.poll();
            scope.add(library);
            for (String soname : library.needed()) {
                if (seen.add(soname)) {
                    LibraryIndex next = to.library(soname) != null ? to.library(soname) : kegs.library(soname);
                    if (next != null) {
                        queue.add(next);
                    }
                }
            }
        }
        return scope;
    }
}
