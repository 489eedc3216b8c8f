package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.ElfLinkage;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;

/**
 * The ABI tag of each component of a release, as bottles record them and {@link BottleMatch}
 * compares them: the tag the release's manifest sets by hand, else {@value #NONE}. So a bottle
 * stays good for every generation of its release until a tag it was built against changes or the
 * component is gone. A release without a manifest has one component per library file in its
 * library directories, named by the file (as its kegs' linkage facts name them).
 */
public final class ReleaseTags {
    public static final String NONE = "none";

    private ReleaseTags() {
    }

    /** Every component of the release with its tag. */
    public static SortedMap<String, String> of(LtsRelease release) {
        SortedMap<String, String> tags = new TreeMap<>();
        release.manifest().ifPresentOrElse(
                manifest -> manifest.components().forEach(c -> tags.put(c.name(), tagOf(c))),
                () -> release.libDirs().forEach(dir -> libraryFiles(dir).forEach(name -> tags.putIfAbsent(name, NONE))));
        return tags;
    }

    /**
     * The components a keg uses, with their tags in {@code releaseTags}: those its ELF files load
     * from the release, and those its recipe names that are components of the release.
     */
    public static SortedMap<String, String> usedBy(KegFacts facts, Map<String, String> releaseTags) {
        SortedMap<String, String> used = new TreeMap<>();
        for (ElfLinkage elf : facts.elfFiles()) {
            for (NeededLibrary needed : elf.needed()) {
                if (needed.provider() == Provider.BASE && needed.from() != null) {
                    used.put(needed.from(), releaseTags.getOrDefault(needed.from(), NONE));
                }
            }
        }
        for (String component : facts.baseComponents()) {
            if (releaseTags.containsKey(component)) {
                used.put(component, releaseTags.get(component));
            }
        }
        return used;
    }

    private static String tagOf(LtsManifest.Component component) {
        return component.abiTag() == null || component.abiTag().isBlank() ? NONE : component.abiTag();
    }

    private static List<String> libraryFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".so") || name.contains(".so."))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
