package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.ltsports.prefix.journal.CrashPoint;
import org.ltsports.prefix.lock.PrefixLock;

/**
 * Removes a prefix and only the prefix.
 *
 * <p>Refused: {@code /}; a home directory and any directory holding it; a path that does not
 * exist or is not a directory; a directory without the {@code .ports-prefix} marker, or whose
 * marker ports did not write; a directory inside another prefix; a directory holding, beside the
 * marker, anything a prefix never holds at its top (a marker planted in someone else's tree); and
 * a path that is itself a symbolic link. For the last, the link is not followed even when its
 * target is a marked prefix: the message names the real path, and the user wipes that by name.
 * Symlinked directories above the prefix (such as {@code /tmp -> /private/tmp}) are fine: the
 * prefix is wiped at its real path.
 *
 * <p>The prefix first disappears in one rename, to {@code .<name>.ports-wipe} beside it, so a crash
 * leaves it whole or gone; the renamed tree is then deleted, and if that is cut short the next
 * command on the prefix (or the next wipe) finishes it ({@link #finishInterrupted}). Where the
 * rename is not possible (a mount point, a parent that is not writable) the prefix is deleted in
 * place, marker last, so an interrupted wipe can be run again. The walk never follows links: a
 * link to anything outside is removed as a link and its target stays. It does not cross into
 * another file system mounted inside the prefix (refused at planning). Read-only directories are
 * made writable before their contents go.
 */
public final class PrefixWipe {
    private static final String TRASH_SUFFIX = ".ports-wipe";

    private PrefixWipe() {
    }

    /** Checks that {@code root} may be wiped and counts what is in it; changes nothing. */
    public static WipePlan plan(Path root, Path home) {
        return plan(root, List.of(home));
    }

    /** As {@link #plan(Path, Path)}, refusing every one of {@code homes}. */
    public static WipePlan plan(Path root, List<Path> homes) {
        Path real = checkedRealPath(root, homes);
        Counter counter = new Counter(device(real));
        counter.count(real);
        return new WipePlan(real, homes, counter.files, counter.directories + 1);
    }

    /** Checks again, then deletes the prefix; returns how many files and links were removed. */
    public static long wipe(WipePlan plan) {
        Path real = checkedRealPath(plan.root(), plan.homes());
        finishInterrupted(real);
        Path trash = trashOf(real);
        try {
            Files.move(real, trash, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return MarkedTree.delete(real);
        }
        CrashPoint.reach("wipe-renamed");
        return MarkedTree.delete(trash);
    }

    /**
     * Finishes a wipe of {@code root} that was cut short after its rename: deletes
     * {@code .<name>.ports-wipe} beside it, if it is there and still marked (or empty). Returns how
     * many files that removed, or empty when there was nothing to finish.
     */
    public static Optional<Long> finishInterrupted(Path root) {
        Path trash = trashOf(root.toAbsolutePath().normalize());
        if (!Files.isDirectory(trash, NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(trash.resolve(Prefix.MARKER), NOFOLLOW_LINKS)) {
            try {
                Files.delete(trash); // the marker goes last: an empty directory is all that can be left
                return Optional.of(0L);
            } catch (IOException e) {
                return Optional.empty(); // not ours: it holds something and no marker
            }
        }
        Path lockFile = trash.resolve("var/ports/lock");
        if (!Files.exists(lockFile, NOFOLLOW_LINKS)) {
            return Optional.of(MarkedTree.delete(trash));
        }
        try (PrefixLock lock = PrefixLock.acquire(lockFile, "ports wipe (finishing)", false, holder -> { })) {
            return Optional.of(MarkedTree.delete(trash));
        } catch (PrefixException e) {
            if (e.refused()) {
                return Optional.empty(); // the wipe that renamed it is still at work
            }
            throw e;
        }
    }

    private static Path trashOf(Path real) {
        return real.resolveSibling("." + real.getFileName() + TRASH_SUFFIX);
    }

    private static Path checkedRealPath(Path root, List<Path> homes) {
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
        for (Path home : homes) {
            Path homePath = home.toAbsolutePath().normalize();
            if (real.getParent() == null || homePath.startsWith(path) || homePath.startsWith(real)
                    || realOrSelf(homePath).startsWith(real)) {
                throw PrefixException.refused("Refusing to wipe " + path + ": it is the home directory " + homePath
                        + " or holds it");
            }
        }
        if (!Files.isRegularFile(real.resolve(Prefix.MARKER), NOFOLLOW_LINKS)) {
            throw PrefixException.refused("Refusing to wipe " + path + ": it has no " + Prefix.MARKER
                    + " marker, so it is not a ports prefix");
        }
        WipeRefusals.refuseForeign(path, real);
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

    private static final class Counter {
        private final Object device;
        private long files;
        private long directories;

        Counter(Object device) {
            this.device = device;
        }

        void count(Path dir) {
            try {
                for (Path child : MarkedTree.children(dir)) {
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
}
