package org.ltsports.ports.bottle;

import java.util.Optional;

/**
 * The paths an ELF file carries for the dynamic loader: its program interpreter ({@code PT_INTERP})
 * and its library search path, which is {@code DT_RUNPATH} when {@code runpath} is true and
 * {@code DT_RPATH} otherwise. The kind is kept through relocation: the LTS build uses DT_RPATH
 * on purpose, so indirect libraries also resolve in the base.
 */
public record ElfLinkage(Optional<String> interpreter, Optional<String> searchPath, boolean runpath) {
    /** Neither interpreter nor search path: a static program, an object file, a library without RPATH. */
    public static final ElfLinkage NONE = new ElfLinkage(Optional.empty(), Optional.empty(), false);

    public ElfLinkage {
        interpreter = interpreter == null ? Optional.empty() : interpreter;
        searchPath = searchPath == null ? Optional.empty() : searchPath;
    }

    public ElfLinkage withInterpreter(String value) {
        return new ElfLinkage(Optional.of(value), searchPath, runpath);
    }

    public ElfLinkage withSearchPath(String value) {
        return new ElfLinkage(interpreter, Optional.of(value), runpath);
    }
}
