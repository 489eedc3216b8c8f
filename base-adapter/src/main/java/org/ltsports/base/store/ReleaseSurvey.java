package org.ltsports.base.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ltsports.base.BaseException;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseMode;
import org.ltsports.base.abi.LibraryAbi;
import org.ltsports.base.abi.LibraryScan;

/**
 * Writes the manifest of a tree: its mode and directories (probed), and its components: the tree's
 * installed dpkg packages with the libraries each owns, else one component per SONAME; libraries no
 * package owns get a component of their own as well. ABI tags are set on components by name.
 */
final class ReleaseSurvey {

    private ReleaseSurvey() {
    }

    static LtsManifest survey(Path tree, String release, int generation, String treeHash, Map<String, String> abiTags) {
        LtsRelease probed = LtsRelease.probe(release, tree);
        Map<String, LibraryScan.Found> libraries = LibraryScan.in(probed.libDirs());
        Map<String, List<LtsManifest.Library>> byOwner = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        DpkgDatabase dpkg = DpkgDatabase.read(tree).orElse(null);
        if (dpkg != null) {
            dpkg.installed().forEach(p -> {
                byOwner.put(p.name(), new ArrayList<>());
                versions.put(p.name(), p.version());
            });
        }
        for (LibraryScan.Found found : libraries.values()) {
            String owner = dpkg == null ? null : dpkg.owner(found.real()).orElse(null);
            if (owner == null) {
                owner = found.soname();
                versions.put(owner, found.version());
            }
            byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(new LtsManifest.Library(found.soname(),
                    relative(tree, found.path()), LibraryAbi.of(found.elf()).fingerprint()));
        }
        for (String tagged : abiTags.keySet()) {
            if (!byOwner.containsKey(tagged)) {
                throw new BaseException("no component '" + tagged + "' in " + tree + " to set an ABI tag on"
                        + " (components: " + String.join(", ", new TreeSet<>(byOwner.keySet()).stream().limit(20).toList())
                        + (byOwner.size() > 20 ? ", ..." : "") + ")");
            }
        }
        List<LtsManifest.Component> components = new ArrayList<>();
        new TreeSet<>(byOwner.keySet()).forEach(name -> components.add(new LtsManifest.Component(name,
                versions.get(name), abiTags.get(name), byOwner.get(name))));
        return new LtsManifest(release, generation, treeHash, probed.mode().name().toLowerCase(java.util.Locale.ROOT),
                probed.mode() == ReleaseMode.SYSROOT ? relative(tree, probed.loader()) : null,
                relative(tree, probed.libDirs()), relative(tree, probed.includeDirs()),
                relative(tree, probed.pkgConfigDirs()), components, Instant.now().toString());
    }

    private static List<String> relative(Path tree, List<Path> paths) {
        return paths.stream().map(p -> relative(tree, p)).toList();
    }

    private static String relative(Path tree, Path path) {
        return tree.relativize(path).toString();
    }
}
