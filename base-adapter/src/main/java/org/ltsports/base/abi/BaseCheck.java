package org.ltsports.base.abi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.base.BaseException;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseMode;
import org.ltsports.base.elf.ElfFile;
import org.ltsports.base.elf.ElfType;
import org.ltsports.base.elf.TextReferences;

/**
 * The oracle of {@code ports base check} for one keg, read from disk: every ELF file loads all its
 * libraries (and theirs) inside the pinned release and the prefix, with every required symbol
 * version defined and, for programs, every strong import defined; no file names the previous release.
 * An overlay release runs on the host's libc, so a library the release does not provide may come
 * from the host; in a sysroot release nothing may.
 */
public final class BaseCheck {

    /** One problem: the keg's file and what is wrong with it. */
    public record Problem(String file, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    private final LtsRelease release;
    private final Path prefix;
    private final LibrarySearch search;
    private final ObjectCheck objects;

    /** @param prefix the prefix the kegs live in: libraries under it are the prefix's */
    public BaseCheck(LtsRelease release, Path prefix, List<Path> hostDirs) {
        this.release = release;
        this.prefix = prefix;
        this.search = new LibrarySearch(hostDirs);
        this.objects = new ObjectCheck(release, search, this::allowed);
    }

    /**
     * The problems of a keg.
     *
     * @param previousReleasePath the path of the release pinned before ({@code /lts/1.0}), or null
     */
    public List<Problem> check(Path kegRoot, String previousReleasePath) {
        return check(kegRoot, previousReleasePath == null ? List.of() : List.of(previousReleasePath));
    }

    /**
     * The problems of a keg, with every file checked for references to each of {@code otherReleasePaths}
     * (the other releases side by side: none may be named once a prefix pins this one).
     */
    public List<Problem> check(Path kegRoot, List<String> otherReleasePaths) {
        List<Problem> problems = new ArrayList<>();
        for (Path file : files(kegRoot)) {
            String name = kegRoot.relativize(file).toString();
            search.elf(file).filter(elf -> elf.type() != ElfType.RELOCATABLE && !elf.isStatic())
                    .ifPresent(elf -> objects.check(elf).forEach(m -> problems.add(new Problem(name, m))));
            for (String other : otherReleasePaths) {
                if (!other.equals(release.path().toString()) && !TextReferences.find(file, other).occurrences().isEmpty()) {
                    problems.add(new Problem(name, "still names " + other));
                }
            }
        }
        return problems;
    }

    /** Inside the release or the prefix; from the host only what an overlay release does not provide. */
    private boolean allowed(String soname, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(release.path()) || absolute.startsWith(prefix) || real(absolute).startsWith(real(release.path()))
                || real(absolute).startsWith(real(prefix))) {
            return true;
        }
        return release.mode() == ReleaseMode.OVERLAY && release.libDirs().stream().noneMatch(d -> Files.exists(d.resolve(soname)));
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static List<Path> files(Path kegRoot) {
        try (Stream<Path> walk = Files.walk(kegRoot)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new BaseException("cannot read the keg " + kegRoot + ": " + e.getMessage(), e);
        }
    }

    static boolean isProgram(ElfFile elf) {
        return elf.interpreter().isPresent();
    }
}
