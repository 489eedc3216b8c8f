package org.ltsports.base.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.ltsports.base.BaseException;

/** Makes a tree in the store read-only (files r--r--r-- or r-xr-xr-x, directories r-xr-xr-x), or writable again to remove it. */
final class ReadOnly {

    static final Set<PosixFilePermission> WRITABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> WRITABLE_EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("r--r--r--");
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("r-xr-xr-x");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("r-xr-xr-x");
    private static final Set<PosixFilePermission> WRITABLE_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

    private ReadOnly() {
    }

    /** Files first, each directory after its content. */
    static void lock(Path tree) {
        walk(tree, false);
    }

    /** Directories first, so that their content can be removed. */
    static void unlock(Path tree) {
        walk(tree, true);
    }

    /** Removes a tree of the store, read-only or not. */
    static void delete(Path tree) {
        if (!Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        unlock(tree);
        try (var walk = Files.walk(tree)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new BaseException("cannot remove " + tree + ": " + e.getMessage(), e);
        }
    }

    private static void walk(Path tree, boolean writable) {
        try {
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (writable) {
                        Files.setPosixFilePermissions(dir, WRITABLE_DIRECTORY);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        boolean x = Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
                        Files.setPosixFilePermissions(file, writable ? (x ? WRITABLE_EXECUTABLE : WRITABLE_FILE)
                                : (x ? EXECUTABLE : FILE));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (!writable) {
                        Files.setPosixFilePermissions(dir, DIRECTORY);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BaseException("cannot change the permissions in " + tree + ": " + e.getMessage(), e);
        }
    }
}
