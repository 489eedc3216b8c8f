package org.ltsports.base.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltsports.base.BaseException;

/**
 * A tree's dpkg database: the installed packages and, for the shared libraries among their files
 * ({@code var/lib/dpkg/info/<pkg>.list} or {@code <pkg>:<arch>.list}), which package owns which.
 */
final class DpkgDatabase {

    private final List<DpkgStatus.Package> installed;
    private final Map<Path, String> libraryOwners;

    private DpkgDatabase(List<DpkgStatus.Package> installed, Map<Path, String> libraryOwners) {
        this.installed = installed;
        this.libraryOwners = libraryOwners;
    }

    /** The database of a tree whose links resolve inside it; empty without {@code var/lib/dpkg/status}. */
    static Optional<DpkgDatabase> read(Path tree) {
        Path dpkg = tree.resolve("var/lib/dpkg");
        Path status = dpkg.resolve("status");
        if (!Files.isRegularFile(status)) {
            return Optional.empty();
        }
        try {
            List<DpkgStatus.Package> installed = DpkgStatus.parse(Files.readString(status)).stream()
                    .filter(DpkgStatus.Package::installed).toList();
            Map<Path, String> owners = new HashMap<>();
            for (DpkgStatus.Package p : installed) {
                Path list = dpkg.resolve("info/" + p.name() + ".list");
                if (!Files.isRegularFile(list)) {
                    list = dpkg.resolve("info/" + p.name() + ":" + p.architecture() + ".list");
                }
                if (Files.isRegularFile(list)) {
                    for (String line : Files.readAllLines(list)) {
                        ownedLibrary(tree, line).ifPresent(real -> owners.putIfAbsent(real, p.name()));
                    }
                }
            }
            return Optional.of(new DpkgDatabase(installed, owners));
        } catch (IOException e) {
            throw new BaseException("cannot read the dpkg database of " + tree + ": " + e.getMessage(), e);
        }
    }

    List<DpkgStatus.Package> installed() {
        return installed;
    }

    /** The package that owns a library file, by its real path. */
    Optional<String> owner(Path realFile) {
        return Optional.ofNullable(libraryOwners.get(realFile));
    }

    private static Optional<Path> ownedLibrary(Path tree, String line) {
        String name = line.substring(line.lastIndexOf('/') + 1);
        if (!line.startsWith("/") || !(name.endsWith(".so") || name.contains(".so."))) {
            return Optional.empty();
        }
        Path file = tree.resolve(line.substring(1));
        try {
            return Files.isRegularFile(file) ? Optional.of(file.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
