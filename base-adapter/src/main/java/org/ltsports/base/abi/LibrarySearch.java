package org.ltsports.base.abi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltsports.base.elf.ElfFile;

/**
 * Finds the file the loader would load for a DT_NEEDED name, as glibc's ld.so does: the DT_RPATH of
 * the object that needs it and of the program that loads it (when neither has DT_RUNPATH), then
 * its DT_RUNPATH, then the host's default directories (which stand in for the loader cache).
 * Reads each file once.
 */
public final class LibrarySearch {

    /** Where the host's loader looks last (Debian multiarch, then the FHS directories). */
    public static final List<Path> HOST_DIRS = List.of(Path.of("/lib/x86_64-linux-gnu"),
            Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/lib64"), Path.of("/usr/lib64"), Path.of("/lib"),
            Path.of("/usr/lib"));

    private final List<Path> hostDirs;
    private final Map<Path, Optional<ElfFile>> read = new HashMap<>();

    public LibrarySearch(List<Path> hostDirs) {
        this.hostDirs = List.copyOf(hostDirs);
    }

    /** The library {@code object} (loaded for {@code program}) gets for {@code soname}; empty when none. */
    public Optional<ElfFile> find(String soname, ElfFile object, ElfFile program) {
        if (soname.contains("/")) {
            return elf(Path.of(soname)).filter(lib -> lib.machine() == object.machine());
        }
        for (Path dir : directories(object, program)) {
            Optional<ElfFile> lib = elf(dir.resolve(soname));
            if (lib.isPresent() && lib.get().machine() == object.machine()) {
                return lib;
            }
        }
        return Optional.empty();
    }

    /** The directories searched for the needs of {@code object}, in order. */
    public List<Path> directories(ElfFile object, ElfFile program) {
        List<Path> dirs = new ArrayList<>();
        if (object.runpath().isEmpty()) {
            dirs.addAll(expand(object.rpath(), object));
            if (program != object && program.runpath().isEmpty()) {
                dirs.addAll(expand(program.rpath(), program));
            }
        }
        dirs.addAll(expand(object.runpath(), object));
        dirs.addAll(hostDirs);
        return dirs;
    }

    /** ELF facts of a file, read once. */
    public Optional<ElfFile> elf(Path file) {
        return read.computeIfAbsent(file, ElfFile::read);
    }

    private static List<Path> expand(List<String> entries, ElfFile owner) {
        Path origin = origin(owner.path());
        List<Path> dirs = new ArrayList<>();
        for (String entry : entries) {
            String dir = entry.replace("${ORIGIN}", origin.toString()).replace("$ORIGIN", origin.toString())
                    .replace("${LIB}", "lib/x86_64-linux-gnu").replace("$LIB", "lib/x86_64-linux-gnu")
                    .replace("${PLATFORM}", "x86_64").replace("$PLATFORM", "x86_64");
            if (dir.startsWith("/")) {
                dirs.add(Path.of(dir).normalize());
            }
        }
        return dirs;
    }

    private static Path origin(Path file) {
        try {
            return file.toRealPath().getParent();
        } catch (IOException e) {
            return file.toAbsolutePath().getParent();
        }
    }
}
