package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ltsports.prefix.PrefixException;

/**
 * The farm as a plan would leave it: what is on disk, overlaid with what the plan has already
 * decided to make. Lets the planner reason about later steps without touching the disk.
 */
final class FarmView {
    enum Kind { ABSENT, DIR, LINK, OTHER }

    /** What is at a path; {@code target} is the raw link target for {@link Kind#LINK}. */
    record Entry(Kind kind, Path target) {
        static final Entry ABSENT = new Entry(Kind.ABSENT, null);
        static final Entry DIR = new Entry(Kind.DIR, null);
        static final Entry OTHER = new Entry(Kind.OTHER, null);

        static Entry link(Path target) {
            return new Entry(Kind.LINK, target);
        }
    }

    private final Path root;
    private final Map<Path, Entry> planned = new HashMap<>();

    FarmView(Path root) {
        this.root = root;
    }

    /** What is at {@code path} (relative to the root) once the planned steps so far are done. */
    Entry at(Path path) {
        Entry entry = planned.get(path);
        if (entry != null) {
            return entry;
        }
        for (Path up = path.getParent(); up != null; up = up.getParent()) {
            if (planned.containsKey(up)) {
                return Entry.ABSENT; // inside a directory the plan makes (or splits): nothing there yet
            }
        }
        return onDisk(root.resolve(path));
    }

    void plan(Path path, Entry entry) {
        planned.put(path, entry);
    }

    static Entry onDisk(Path file) {
        try {
            if (Files.isSymbolicLink(file)) {
                return Entry.link(Files.readSymbolicLink(file));
            }
        } catch (IOException e) {
            throw new PrefixException("Could not read the link " + file + ": " + e, e);
        }
        if (Files.isDirectory(file, NOFOLLOW_LINKS)) {
            return Entry.DIR;
        }
        return Files.exists(file, NOFOLLOW_LINKS) ? Entry.OTHER : Entry.ABSENT;
    }
}
