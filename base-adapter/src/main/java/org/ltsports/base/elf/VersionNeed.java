package org.ltsports.base.elf;

import java.util.List;

/**
 * One entry of the GNU version requirements (.gnu.version_r): the versions a file needs from one
 * library, named by the library's SONAME ({@code libc.so.6: GLIBC_2.2.5, GLIBC_2.34}).
 */
public record VersionNeed(String library, List<String> versions) {

    public VersionNeed {
        versions = List.copyOf(versions);
    }
}
