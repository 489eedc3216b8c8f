package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and rewrites the loader paths of ELF files. Bottling and pouring see ELF files only
 * through this, so the reader can be swapped for the base adapter's when it has one.
 */
public interface ElfPaths {

    /** The loader paths of {@code file}; empty when it is not an ELF file. */
    Optional<ElfLinkage> read(Path file) throws IOException;

    /**
     * Sets the interpreter and search path of {@code file} to those {@code linkage} holds (an empty
     * one is left as it is), keeping the search path's kind (DT_RPATH or DT_RUNPATH).
     */
    void write(Path file, ElfLinkage linkage) throws IOException;

    /** ELF headers read in Java, rewritten with {@code patchelf}. */
    static ElfPaths standard() {
        return new PatchelfPaths();
    }
}
