package org.ltsports.base.abi;

import java.util.List;

/**
 * A component of a release (a Debian package, or one library) with the interface of its libraries.
 *
 * @param abiTag set by hand for changes ELF cannot show (a struct layout); null when none
 */
public record ComponentAbi(String name, String version, String abiTag, List<LibraryAbi> libraries) {

    public ComponentAbi {
        libraries = List.copyOf(libraries);
    }
}
