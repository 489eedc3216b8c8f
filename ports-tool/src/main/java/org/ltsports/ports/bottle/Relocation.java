package org.ltsports.ports.bottle;

import java.util.List;

/**
 * One relocation a bottle records, relative to the keg directory:
 * <ul>
 * <li>{@code TEXT}: a text file in which {@code count} paths were replaced by placeholders;</li>
 * <li>{@code RPATH}, {@code RUNPATH}, {@code INTERPRETER}: an ELF file's search path or program
 *     interpreter, {@code from} the built value {@code to} the value with placeholders;</li>
 * <li>{@code EMBEDDED}: a binary file holding the {@code root} path (prefix or LTS root) as bytes
 *     at {@code offsets}; these are left as they are in the bottle and rewritten when poured.</li>
 * </ul>
 * Fields a kind does not use are null ({@code count} is 1 for the ELF kinds).
 */
public record Relocation(Kind kind, String file, int count, String from, String to, Root root, List<Long> offsets) {

    public enum Kind { TEXT, RPATH, RUNPATH, INTERPRETER, EMBEDDED }

    /** Which path of the build a placeholder or an embedded occurrence stands for. */
    public enum Root {
        PREFIX("@@PORTS_PREFIX@@"),
        LTS_ROOT("@@PORTS_LTS_ROOT@@");

        private final String placeholder;

        Root(String placeholder) {
            this.placeholder = placeholder;
        }

        /** What stands for this path in a bottle's text files and ELF headers. */
        public String placeholder() {
            return placeholder;
        }
    }

    public Relocation {
        if (kind == null || file == null || (kind == Kind.EMBEDDED && root == null)
                || ((kind == Kind.RPATH || kind == Kind.RUNPATH || kind == Kind.INTERPRETER) && (from == null || to == null))) {
            throw new IllegalArgumentException("a relocation needs a kind, a file, and what its kind changes");
        }
        offsets = kind == Kind.EMBEDDED ? List.copyOf(offsets == null ? List.of() : offsets) : null;
    }

    public static Relocation text(String file, int count) {
        return new Relocation(Kind.TEXT, file, count, null, null, null, null);
    }

    public static Relocation elf(Kind kind, String file, String from, String to) {
        return new Relocation(kind, file, 1, from, to, null, null);
    }

    public static Relocation embedded(String file, Root root, List<Long> offsets) {
        return new Relocation(Kind.EMBEDDED, file, offsets.size(), null, null, root, offsets);
    }

    public boolean isElf() {
        return kind == Kind.RPATH || kind == Kind.RUNPATH || kind == Kind.INTERPRETER;
    }
}
