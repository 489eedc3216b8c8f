package org.ltsports.ports.unpack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns a name written in an archive into a path relative to the unpack root, or says why it
 * cannot be one: absolute, or climbing out with {@code ..}.
 */
final class EntryPath {

    private EntryPath() {
    }

    /** The normalised relative path for {@code name}; empty ({@code ""}) for the root itself. */
    static Path relative(String name) throws Refusal {
        if (name.indexOf('\0') >= 0) {
            throw new Refusal("has a NUL byte in its name");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:[\\\\/].*")) {
            throw new Refusal("is an absolute path");
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new Refusal("climbs out of the tree with '..'");
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Path.of(String.join("/", parts));
    }

    /** Why an entry was refused; the caller names the entry and the archive. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
