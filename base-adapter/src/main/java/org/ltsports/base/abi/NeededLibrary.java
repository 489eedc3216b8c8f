package org.ltsports.base.abi;

import java.util.List;

/**
 * One DT_NEEDED entry and where it resolved.
 *
 * @param soname   the name needed
 * @param provider BASE, KEG, HOST or MISSING
 * @param from     the base component or the keg that provides it; for HOST the directory; null when MISSING
 * @param path     the file it resolved to, null when MISSING
 * @param versions the GNU versions required from it
 */
public record NeededLibrary(String soname, Provider provider, String from, String path, List<String> versions) {

    public NeededLibrary {
        versions = List.copyOf(versions);
    }
}
