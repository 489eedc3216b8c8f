package org.ltsports.base.abi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ltsports.base.elf.ElfFile;
import org.ltsports.base.elf.ElfSymbol;
import org.ltsports.base.elf.SymbolType;

/**
 * The libraries a program's symbols are looked up in, breadth first as the loader loads them, and
 * the library that defines each import.
 */
final class SymbolScope {

    /** The exports of one library, by {@code name@VER} and by name (the default or unversioned one). */
    record Exports(String soname, Map<String, ElfSymbol> byKey, Map<String, ElfSymbol> byName) {

        static Exports of(ElfFile library) {
            Map<String, ElfSymbol> byKey = new HashMap<>();
            Map<String, ElfSymbol> byName = new HashMap<>();
            for (ElfSymbol s : library.exports()) {
                byKey.put(s.version().map(v -> s.name() + "@" + v).orElse(s.name()), s);
                if (s.defaultVersion() || s.version().isEmpty()) {
                    byName.put(s.name(), s);
                }
            }
            return new Exports(library.soname().orElse(library.path().getFileName().toString()), byKey, byName);
        }
    }

    private final List<Exports> libraries;

    private SymbolScope(List<Exports> libraries) {
        this.libraries = libraries;
    }

    static SymbolScope of(ElfFile program, LibrarySearch search, Map<java.nio.file.Path, Exports> cache) {
        List<Exports> scope = new ArrayList<>();
        Set<String> seen = new HashSet<>(program.needed());
        Deque<ElfFile> queue = new ArrayDeque<>();
        program.needed().forEach(n -> search.find(n, program, program).ifPresent(queue::add));
        while (!queue.isEmpty()) {
            ElfFile lib = queue.poll();
            scope.add(cache.computeIfAbsent(lib.path(), p -> Exports.of(lib)));
            for (String n : lib.needed()) {
                if (seen.add(n)) {
                    search.find(n, lib, program).ifPresent(queue::add);
                }
            }
        }
        return new SymbolScope(scope);
    }

    /** The import with the library that defines it; empty for a weak import nothing defines. */
    Optional<ImportedSymbol> attribute(ElfSymbol symbol) {
        String version = symbol.version().orElse(null);
        ElfSymbol definition = null;
        String library = symbol.versionLibrary().orElse(null);
        for (Exports lib : libraries) {
            ElfSymbol found = version == null ? lib.byName().get(symbol.name())
                    : lib.byKey().get(symbol.name() + "@" + version);
            if (found != null) {
                definition = found;
                library = library == null ? lib.soname() : library;
                break;
            }
        }
        if (definition == null && library == null && symbol.isWeak()) {
            return Optional.empty();
        }
        SymbolType type = definition == null ? symbol.type() : definition.type();
        long size = !type.isData() ? 0 : symbol.copied() || definition == null ? symbol.size() : definition.size();
        return Optional.of(new ImportedSymbol(symbol.name(), version, library, type, size, symbol.isWeak()));
    }
}
