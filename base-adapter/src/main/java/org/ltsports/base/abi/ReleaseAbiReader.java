package org.ltsports.base.abi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltsports.base.BaseException;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.elf.ElfFile;

/**
 * Reads the facts of a release for the planner and the diff: the components its manifest lists,
 * with each library's exports read from its ELF file; a release without a manifest gets one
 * component per SONAME found in its library directories.
 */
public final class ReleaseAbiReader {

    private ReleaseAbiReader() {
    }

    public static ReleaseAbi read(LtsRelease release) {
        String loader = release.loader() == null ? null : release.loader().toString();
        LtsManifest manifest = release.manifest().orElse(null);
        if (manifest == null) {
            return new ReleaseAbi(release.name(), release.path().toString(), loader, null,
                    onePerSoname(LibraryScan.in(release.libDirs())));
        }
        List<ComponentAbi> components = new ArrayList<>();
        for (LtsManifest.Component c : manifest.components()) {
            List<LibraryAbi> libraries = c.libraries().stream()
                    .map(l -> libraryAt(release.path().resolve(l.path()))).toList();
            components.add(new ComponentAbi(c.name(), c.version(), c.abiTag(), libraries));
        }
        return new ReleaseAbi(release.name(), release.path().toString(), loader, manifest.treeHash(), components);
    }

    /** One component per library, named by its SONAME, versioned by its file name. */
    public static List<ComponentAbi> onePerSoname(Map<String, LibraryScan.Found> libraries) {
        return libraries.values().stream().map(f -> new ComponentAbi(f.soname(), f.version(), null,
                List.of(LibraryAbi.of(f.elf())))).toList();
    }

    private static LibraryAbi libraryAt(Path file) {
        return LibraryAbi.of(ElfFile.read(file).orElseThrow(() ->
                new BaseException(file + " is listed in the release manifest but is not an ELF library")));
    }
}
