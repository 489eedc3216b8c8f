package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes a prefix and only the prefix.
 *
 * <p>Refused: {@code /}; the home directory and any directory holding it; a path that does not
 * exist or is not a directory; a directory without the {@code .ports-prefix} marker; and a path
 * that is itself a symbolic link. For the last, the link is not followed even when its target is
 * a marked prefix: the message names the real path, and the user wipes that by name. Symlinked
 * directories above the prefix (such as {@code /tmp -> /private/tmp}) are fine: the prefix is
 * wiped at its real path.
 *
 * <p>The walk never follows links: a link to anything outside is removed as a link and its
 * target stays. It does not cross into another file system mounted inside the prefix (refused
 * at planning). Read-only directories are made writable before their contents go. The marker is
 * removed last, so an interrupted wipe can be run again.
 */
public final class PrefixWipe {
    private PrefixWipe() {
    }

    /** Checks that {@code root} may be wiped and counts what is in it; changes nothing. */
    public static WipePlan plan(Path root, Path home) {
        Path real = checkedRealPath(root, home);
        Counter counter = new Counter(device(real));
        counter.count(real);
        return new WipePlan(real, home, counter.files, counter.directories + 1);
    }

    /** Checks again, then deletes the prefix; returns how many files and links were removed. */
    public static long wipe(WipePlan plan) {
        Path real = checkedRealPath(plan.root(), plan.home());
        Deleter deleter = new Deleter();
        try {
            deleter.deleteContents(real, true);
            Files.delete(real.resolve(Prefix.MARKER));
            deleter.files++;
            Files.delete(real);
        } catch (IOException e) {
            throw new PrefixException("Wipe of " + real + " stopped after removing " + deleter.files
                    + " files: " + e + "; the marker is kept while anything remains, so run the wipe again", e);
        }
        return deleter.files;
    }

    private static Path checkedRealPath(Path root, Path home) {
        Path path = root.toAbsolutePath().normalize();
        if (path.getParent() == null) {
            throw PrefixException.refused("Refusing to wipe " + path + ": it is the root directory");
        }
        if (Files.isSymbolicLink(path)) {
            throw PrefixException.refused("Refusing to wipe " + path + ": it is a symbolic link (to "
                    + realOrSelf(path) + "); wipe the real directory by its own name if that is what you mean");
        }
        if (!Files.isDirectory(path, NOFOLLOW_LINKS)) {
            throw PrefixException.refused("Refusing to wipe " + path + ": it does not exist or is not a directory");
        }
        Path real = realOrSelf(path);
        Path homePath = home.toAbsolutePath().normalize();
        if (real.getParent() == null || homePath.startsWith(path) || homePath.startsWith(real)
                || realOrSelf(homePath).startsWith(real)) {
            throw PrefixException.refused("Refusing to wipe " + path + ": it is the home directory " + homePath
                    + " or holds it");
        }
        if (!Files.isRegularFile(real.resolve(Prefix.MARKER), NOFOLLOW_LINKS)) {
            throw PrefixException.refused("Refusing to wipe " + path + ": it has no " + Prefix.MARKER
                    + " marker, so it is not a ports prefix");
        }
        return real;
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static Object device(Path path) {
        try {
            return Files.getAttribute(path, "unix:dev", NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    private static final class Counter {
        private final Object device;
        private long files;
        private long directories;

        Counter(Object device) {
            this.device = device;
        }

        void count(Path dir) {
            try {
                for (Path child : children(dir)) {
                    if (Files.isDirectory(child, NOFOLLOW_LINKS)) {
                        if (device != null && !device.equals(device(child))) {
                            throw PrefixException.refused("Refusing to wipe: " + child
                                    + " is another file system mounted inside the prefix; unmount it first");
                        }
                        directories++;
                        count(child);
                    } else {
                        files++;
                    }
                }
            } catch (AccessDeniedException e) {
                // unreadable now; the wipe makes it readable first. The count is then a lower bound.
            } catch (IOException e) {
                throw new PrefixException("Could not read " + dir + " to plan the wipe: " + e, e);
            }
        }
    }

    private static final class Deleter {
        private long files;

        void deleteContents(Path dir, boolean isRoot) throws IOException {
            makeWritable(dir);
            for (Path child : children(dir)) {
                if (isRoot && child.getFileName().toString().equals(Prefix.MARKER)) {
                    continue;
                }
                if (Files.isDirectory(child, NOFOLLOW_LINKS)) {
                    deleteContents(child, false);
                    Files.delete(child);
                } else {
                    Files.delete(child);
                    files++;
                }
            }
        }

        private static void makeWritable(Path dir) throws IOException {
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class, NOFOLLOW_LINKS);
            if (view == null) {
                dir.toFile().setWritable(true);
                return;
            }
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.addAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE))) {
                view.setPermissions(permissions);
            }
        }
    }
}
