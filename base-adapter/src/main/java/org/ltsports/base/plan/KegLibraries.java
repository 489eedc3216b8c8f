package org.ltsports.base.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ltsports.base.abi.ElfLinkage;
import org.ltsports.base.abi.KegFacts;

/** The shared libraries the kegs provide, by SONAME, each owned by its keg. */
final class KegLibraries {

    private final Map<String, LibraryIndex> bySoname;

    private KegLibraries(Map<String, LibraryIndex> bySoname) {
        this.bySoname = bySoname;
    }

    static KegLibraries of(Collection<KegFacts> kegs) {
        Map<String, LibraryIndex> libraries = new HashMap<>();
        kegs.forEach(keg -> add(libraries, keg));
        return new KegLibraries(libraries);
    }

    /** These libraries with those of one keg replaced by its new facts. */
    KegLibraries with(KegFacts keg) {
        Map<String, LibraryIndex> libraries = new HashMap<>(bySoname);
        libraries.values().removeIf(l -> l.owner().equals(keg.name()));
        add(libraries, keg);
        return new KegLibraries(libraries);
    }

    LibraryIndex library(String soname) {
        return bySoname.get(soname);
    }

    /** The export fingerprint of each library of a keg, by SONAME. */
    static Map<String, String> fingerprints(KegFacts keg) {
        Map<String, String> fingerprints = new TreeMap<>();
        for (ElfLinkage elf : keg.elfFiles()) {
            if (elf.exports() != null) {
                fingerprints.put(elf.exports().soname(), elf.exports().fingerprint());
            }
        }
        return fingerprints;
    }

    private static void add(Map<String, LibraryIndex> libraries, KegFacts keg) {
        for (ElfLinkage elf : keg.elfFiles()) {
            if (elf.exports() != null) {
                libraries.putIfAbsent(elf.exports().soname(), LibraryIndex.of(elf.exports(), keg.name()));
            }
        }
    }
}
