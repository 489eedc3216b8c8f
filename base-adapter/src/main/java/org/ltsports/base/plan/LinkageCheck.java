package org.ltsports.base.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ltsports.base.abi.ComponentAbi;
import org.ltsports.base.abi.ElfLinkage;
import org.ltsports.base.abi.ExportedSymbol;
import org.ltsports.base.abi.ImportedSymbol;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;

/**
 * The REPOINT conditions of DESIGN §3 for one ELF file, each failure in words: every DT_NEEDED
 * resolves in the new release (or its keg), every required symbol version is defined, every strong
 * import resolves, no OBJECT/TLS size differs, no ABI tag it used changed. An import is looked up
 * first in the library it came from, then in everything the file loads (it may have moved).
 */
final class LinkageCheck {

    private final ReleaseIndex from;
    private final ReleaseIndex to;
    private final KegLibraries original;
    private final KegLibraries current;
    private final NewScope scope;

    LinkageCheck(ReleaseIndex from, ReleaseIndex to, KegLibraries original, KegLibraries current) {
        this.from = from;
        this.to = to;
        this.original = original;
        this.current = current;
        this.scope = new NewScope(to, current);
    }

    void check(ElfLinkage elf, Set<String> failures) {
        String file = elf.path();
        if (from.contains(elf.interpreter()) && to.abi.loader() == null) {
            failures.add(file + " runs on the loader of " + from.name() + ", and " + to.name()
                    + " is an overlay release without one");
        }
        Map<String, NeededLibrary> needed = new HashMap<>();
        Set<String> absent = new HashSet<>();
        for (NeededLibrary n : elf.needed()) {
            needed.put(n.soname(), n);
            boolean present = n.provider() == Provider.BASE ? checkBase(file, n, failures)
                    : n.provider() != Provider.KEG || checkKeg(file, n, failures);
            if (!present) {
                absent.add(n.soname());
            }
        }
        List<LibraryIndex> loaded = scope.of(elf.needed());
        for (ImportedSymbol symbol : elf.imports()) {
            if (!symbol.weak() && symbol.library() != null && !absent.contains(symbol.library())) {
                checkImport(file, loaded, symbol, provider(symbol.library(), needed), failures);
            }
        }
    }

    /** Components a keg names beyond its ELF files: present in the new release, with the same tag. */
    void checkComponents(List<String> components, Set<String> failures) {
        for (String name : components) {
            ComponentAbi before = from.component(name);
            ComponentAbi after = to.component(name);
            if (before != null && after == null) {
                failures.add("it uses " + name + ", absent from " + to.name());
            } else if (before != null && !Objects.equals(before.abiTag(), after.abiTag())) {
                failures.add("it uses " + name + ", whose ABI tag changed from " + tag(before) + " to " + tag(after));
            }
        }
    }

    /** False when the library is absent (its symbols are not looked for then). */
    private boolean checkBase(String file, NeededLibrary n, Set<String> failures) {
        LibraryIndex library = to.library(n.soname());
        if (library == null) {
            failures.add(file + " needs " + n.soname() + ", absent from " + to.name());
            return false;
        }
        checkVersions(file, n, library, to.name(), failures);
        ComponentAbi before = from.provider(n.soname());
        ComponentAbi after = to.provider(n.soname());
        if (before != null && !Objects.equals(before.abiTag(), after.abiTag())) {
            failures.add(file + " uses " + after.name() + " (" + n.soname() + "), whose ABI tag changed from "
                    + tag(before) + " to " + tag(after));
        }
        return true;
    }

    private boolean checkKeg(String file, NeededLibrary n, Set<String> failures) {
        LibraryIndex library = current.library(n.soname());
        if (library == null || !library.owner().equals(n.from())) {
            failures.add(file + " needs " + n.soname() + " from " + n.from() + ", which no longer provides it");
            return false;
        }
        checkVersions(file, n, library, "the new build of " + n.from(), failures);
        return true;
    }

    private static void checkVersions(String file, NeededLibrary n, LibraryIndex library, String where, Set<String> failures) {
        for (String version : n.versions()) {
            if (!library.versions().contains(version)) {
                failures.add(file + " needs version " + version + " of " + n.soname() + ", which " + where + " does not define");
            }
        }
    }

    private void checkImport(String file, List<LibraryIndex> loaded, ImportedSymbol symbol, Provider provider,
                             Set<String> failures) {
        if (provider != Provider.BASE && provider != Provider.KEG) {
            return;
        }
        LibraryIndex same = provider == Provider.BASE ? to.library(symbol.library()) : current.library(symbol.library());
        ExportedSymbol definition = same == null ? null : same.definition(symbol.name(), symbol.version());
        if (definition == null) {
            definition = NewScope.definition(loaded, symbol.name(), symbol.version());
        }
        LibraryIndex keg = current.library(symbol.library());
        String where = provider == Provider.BASE ? to.name() : "the new build of " + (keg == null ? "its keg" : keg.owner());
        if (definition == null) {
            failures.add(file + " needs " + symbol.key() + " (" + symbol.library() + "), absent from " + where);
        } else if (symbol.type().isData() || definition.type().isData()) {
            long before = symbol.size() > 0 ? symbol.size() : oldSize(symbol, provider);
            if (before > 0 && before != definition.size()) {
                failures.add(file + " uses the data object " + symbol.name() + " of " + symbol.library() + ": "
                        + before + " bytes in " + (provider == Provider.BASE ? from.name() : "its old build")
                        + ", " + definition.size() + " in " + where);
            }
        }
    }

    private long oldSize(ImportedSymbol symbol, Provider provider) {
        LibraryIndex library = provider == Provider.BASE ? from.library(symbol.library()) : original.library(symbol.library());
        ExportedSymbol definition = library == null ? null : library.definition(symbol.name(), symbol.version());
        return definition == null ? 0 : definition.size();
    }

    /** Where a library an import comes from was found: by the file's own needs, else by where it is now. */
    private Provider provider(String soname, Map<String, NeededLibrary> needed) {
        NeededLibrary n = needed.get(soname);
        if (n != null) {
            return n.provider();
        }
        if (from.library(soname) != null) {
            return Provider.BASE;
        }
        return current.library(soname) != null ? Provider.KEG : Provider.HOST;
    }

    private static String tag(ComponentAbi component) {
        return component.abiTag() == null ? "none" : component.abiTag();
    }
}
