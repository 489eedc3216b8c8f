package org.ltsports.base.abi;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseMode;
import org.ltsports.base.elf.ElfFile;
import org.ltsports.base.elf.ElfSymbol;
import org.ltsports.base.elf.VersionNeed;

/** Loads an ELF file's libraries as the loader would and says, in words, what would fail or leak. */
final class ObjectCheck {

    /** Where a library may come from: (SONAME, file) is inside the release or the prefix, or allowed from the host. */
    interface Allowed {
        boolean test(String soname, Path file);
    }

    private final LtsRelease release;
    private final LibrarySearch search;
    private final Allowed allowed;
    private final Map<Path, SymbolScope.Exports> exports = new HashMap<>();

    ObjectCheck(LtsRelease release, LibrarySearch search, Allowed allowed) {
        this.release = release;
        this.search = search;
        this.allowed = allowed;
    }

    List<String> check(ElfFile file) {
        List<String> problems = new ArrayList<>();
        file.interpreter().ifPresent(interpreter -> {
            if (release.mode() == ReleaseMode.SYSROOT && !Path.of(interpreter).startsWith(release.path())) {
                problems.add("runs on the loader " + interpreter + ", not on " + release.name() + "'s");
            } else if (!java.nio.file.Files.exists(Path.of(interpreter))) {
                problems.add("its loader " + interpreter + " does not exist");
            }
        });
        Map<String, ElfFile> loaded = new HashMap<>();
        Deque<ElfFile> queue = new ArrayDeque<>(List.of(file));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            ElfFile object = queue.poll();
            for (String soname : object.needed()) {
                if (!seen.add(soname)) {
                    continue;
                }
                Optional<ElfFile> found = search.find(soname, object, file);
                if (found.isEmpty()) {
                    problems.add("needs " + soname + ", found nowhere");
                    continue;
                }
                if (!allowed.test(soname, found.get().path())) {
                    problems.add(soname + " resolves to " + found.get().path() + ", outside " + release.name() + " and the prefix");
                }
                loaded.put(soname, found.get());
                queue.add(found.get());
            }
        }
        checkVersions(file, loaded, problems);
        loaded.values().forEach(lib -> checkVersions(lib, loaded, problems));
        if (BaseCheck.isProgram(file)) {
            checkImports(file, loaded, problems);
        }
        return problems;
    }

    private static void checkVersions(ElfFile object, Map<String, ElfFile> loaded, List<String> problems) {
        for (VersionNeed need : object.versionNeeds()) {
            ElfFile library = loaded.get(need.library());
            for (String version : need.versions()) {
                if (library != null && !library.versionsDefined().contains(version)) {
                    problems.add("version " + version + " of " + need.library() + " (needed by "
                            + object.path().getFileName() + ") is not defined by " + library.path());
                }
            }
        }
    }

    private void checkImports(ElfFile program, Map<String, ElfFile> loaded, List<String> problems) {
        List<SymbolScope.Exports> scope = loaded.values().stream()
                .map(lib -> exports.computeIfAbsent(lib.path(), p -> SymbolScope.Exports.of(lib))).toList();
        for (ElfSymbol symbol : program.imports()) {
            if (symbol.isWeak()) {
                continue;
            }
            String key = symbol.version().map(v -> symbol.name() + "@" + v).orElse(symbol.name());
            boolean defined = scope.stream().anyMatch(s -> symbol.version().isPresent()
                    ? s.byKey().containsKey(key) : s.byName().containsKey(symbol.name()));
            if (!defined) {
                problems.add("needs " + key + ", defined by none of its libraries");
            }
        }
    }
}
