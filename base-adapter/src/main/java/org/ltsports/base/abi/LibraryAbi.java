package org.ltsports.base.abi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ltsports.base.elf.ElfFile;

/**
 * The interface a shared library offers: its SONAME, the versions it defines, what it exports.
 *
 * @param soname   DT_SONAME
 * @param needed   its own DT_NEEDED (what the loader loads with it)
 * @param versions the GNU versions it defines
 * @param exports  exported symbols
 */
public record LibraryAbi(String soname, List<String> needed, List<String> versions, List<ExportedSymbol> exports) {

    public LibraryAbi {
        needed = List.copyOf(needed);
        versions = List.copyOf(versions);
        exports = List.copyOf(exports);
    }

    /** The interface of a shared library; its file name stands in for a missing SONAME. */
    public static LibraryAbi of(ElfFile library) {
        return new LibraryAbi(library.soname().orElse(library.path().getFileName().toString()), library.needed(),
                library.versionsDefined(), library.exports().stream().map(ExportedSymbol::of).toList());
    }

    /**
     * sha256 over the SONAME, the versions defined and the sorted exports (name@version, type, and size
     * for data). Equal fingerprints: nothing that links against it can tell the two builds apart.
     */
    public String fingerprint() {
        List<String> lines = new ArrayList<>();
        lines.add("soname " + soname);
        versions.stream().sorted().forEach(v -> lines.add("version " + v));
        exports.stream().map(ExportedSymbol::fingerprintLine).sorted().forEach(lines::add);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
