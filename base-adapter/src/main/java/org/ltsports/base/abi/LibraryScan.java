package org.ltsports.base.abi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ltsports.base.BaseException;
import org.ltsports.base.elf.ElfFile;

/** The shared libraries a release's library directories offer the loader: one per SONAME, first found first. */
public final class LibraryScan {

    /**
     * One library.
     *
     * @param path the entry the loader finds (named by the SONAME where such an entry exists)
     * @param real the file behind it
     * @param elf  its ELF facts
     */
    public record Found(Path path, Path real, ElfFile elf) {

        public String soname() {
            return elf.soname().orElseThrow();
        }

        /** The version its file name shows: {@code 1.2.13} of {@code libz.so.1.2.13}. */
        public String version() {
            String file = real.getFileName().toString();
            int so = file.indexOf(".so.");
            return so < 0 ? "" : file.substring(so + 4);
        }
    }

    private LibraryScan() {
    }

    /** The libraries directly in each directory (the loader does not descend), keyed by SONAME. */
    public static Map<String, Found> in(List<Path> libDirs) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (Path dir : libDirs) {
            for (Path entry : candidates(dir)) {
                ElfFile elf = ElfFile.read(entry).orElse(null);
                if (elf == null || !elf.isSharedLibrary() || found.containsKey(elf.soname().get())) {
                    continue;
                }
                Path byName = dir.resolve(elf.soname().get());
                Path path = Files.exists(byName) ? byName : entry;
                found.put(elf.soname().get(), new Found(path, real(entry), elf));
            }
        }
        return found;
    }

    private static List<Path> candidates(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> list = new ArrayList<>(entries.filter(p -> isLibraryName(p.getFileName().toString()))
                    .filter(Files::isRegularFile).sorted().toList());
            return list;
        } catch (IOException e) {
            throw new BaseException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isLibraryName(String name) {
        return name.endsWith(".so") || name.contains(".so.");
    }

    private static Path real(Path entry) {
        try {
            return entry.toRealPath();
        } catch (IOException e) {
            return entry;
        }
    }
}
