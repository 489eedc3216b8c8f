package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ltsports.prefix.journal.CrashPoint;

/**
 * Deletes a marked tree (a prefix, or one a wipe renamed away) without following links: everything
 * but its lock file and marker first, then the lock file (so a wipe at work can be told from one
 * that died by its lock, to the end), then the marker, then the directory. Read-only directories
 * are made writable before their contents go. Parts already gone are no error, so two finishing
 * the same tree do not trip over each other.
 */
final class MarkedTree {
    private final Path root;
    private final Path lockFile;
    private long files;

    private MarkedTree(Path root) {
        this.root = root;
        this.lockFile = root.resolve("var/ports/lock");
    }

    /** Returns how many files and links were removed. */
    static long delete(Path dir) {
        MarkedTree tree = new MarkedTree(dir);
        try {
            tree.deleteContents(dir);
            tree.remove(tree.lockFile);
            Files.deleteIfExists(dir.resolve("var/ports"));
            Files.deleteIfExists(dir.resolve("var"));
            tree.remove(dir.resolve(Prefix.MARKER));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new PrefixException("Wipe of " + dir + " stopped after removing " + tree.files
                    + " files: " + e + "; the marker is kept while anything remains, so run the wipe again", e);
        }
        return tree.files;
    }

    private void deleteContents(Path dir) throws IOException {
        makeWritable(dir);
        for (Path child : children(dir)) {
            if (child.equals(root.resolve(Prefix.MARKER)) || child.equals(lockFile)) {
                continue;
            }
            if (Files.isDirectory(child, NOFOLLOW_LINKS)) {
                deleteContents(child);
                if (!lockFile.startsWith(child)) {
                    Files.deleteIfExists(child);
                }
            } else {
                remove(child);
                CrashPoint.reach("wipe-deleting");
            }
        }
    }

    private void remove(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            files++;
        }
    }

    static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
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
