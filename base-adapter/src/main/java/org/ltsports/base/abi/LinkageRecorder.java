package org.ltsports.base.abi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.elf.ElfFile;
import org.ltsports.base.elf.ElfSymbol;
import org.ltsports.base.elf.VersionNeed;

/**
 * Records the linkage of a keg's ELF files against the pinned release: where each needed library
 * resolves (a base component, a keg, the host, nowhere) and which library defines each import.
 */
public final class LinkageRecorder {

    private final LtsRelease release;
    private final Path releasePath;
    private final Path releaseReal;
    private final LtsManifest manifest;
    private final Function<Path, Optional<String>> kegOwning;
    private final LibrarySearch search;
    private final Map<Path, SymbolScope.Exports> exports = new HashMap<>();

    /**
     * @param kegOwning the keg a library file belongs to (ports-tool knows its prefix), empty if none
     * @param hostDirs  where the host's loader looks last ({@link LibrarySearch#HOST_DIRS})
     */
    public LinkageRecorder(LtsRelease release, Function<Path, Optional<String>> kegOwning, List<Path> hostDirs) {
        this.release = release;
        this.releasePath = release.path().toAbsolutePath().normalize();
        this.releaseReal = realPath(releasePath);
        this.manifest = release.manifest().orElse(null);
        this.kegOwning = kegOwning;
        this.search = new LibrarySearch(hostDirs);
    }

    /** The linkage of an ELF file of the keg at {@code kegRoot}. */
    public ElfLinkage record(Path kegRoot, ElfFile file) {
        Map<String, List<String>> versions = new LinkedHashMap<>();
        for (VersionNeed need : file.versionNeeds()) {
            versions.put(need.library(), need.versions());
        }
        List<NeededLibrary> needed = new ArrayList<>();
        for (String soname : file.needed()) {
            Optional<ElfFile> lib = search.find(soname, file, file);
            needed.add(lib.map(l -> resolved(soname, l.path(), versions))
                    .orElseGet(() -> new NeededLibrary(soname, Provider.MISSING, null, null,
                            versions.getOrDefault(soname, List.of()))));
        }
        SymbolScope scope = SymbolScope.of(file, search, exports);
        List<ImportedSymbol> imports = new ArrayList<>();
        for (ElfSymbol symbol : file.imports()) {
            scope.attribute(symbol).ifPresent(imports::add);
        }
        String path = kegRoot.relativize(file.path()).toString();
        List<String> rpath = new ArrayList<>(file.rpath());
        rpath.addAll(file.runpath());
        return new ElfLinkage(path, file.interpreter().orElse(null), file.isStatic(), rpath, needed, imports,
                file.isSharedLibrary() ? LibraryAbi.of(file) : null);
    }

    /** The linkage of a file of the keg, empty when it is no ELF file or only an object file. */
    public Optional<ElfLinkage> record(Path kegRoot, Path file) {
        return search.elf(file).filter(elf -> elf.type() != org.ltsports.base.elf.ElfType.RELOCATABLE)
                .map(elf -> record(kegRoot, elf));
    }

    /** The release the recorder binds to; its path is what text references are searched for. */
    public LtsRelease release() {
        return release;
    }

    private NeededLibrary resolved(String soname, Path path, Map<String, List<String>> versions) {
        List<String> required = versions.getOrDefault(soname, List.of());
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(releasePath) || realPath(absolute).startsWith(releaseReal)) {
            String component = manifest == null ? soname
                    : manifest.providerOf(soname).map(LtsManifest.Component::name).orElse(soname);
            return new NeededLibrary(soname, Provider.BASE, component, absolute.toString(), required);
        }
        Optional<String> keg = kegOwning.apply(absolute);
        if (keg.isPresent()) {
            return new NeededLibrary(soname, Provider.KEG, keg.get(), absolute.toString(), required);
        }
        return new NeededLibrary(soname, Provider.HOST, absolute.getParent().toString(), absolute.toString(), required);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
