package org.ltsports.base.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.base.BaseException;

/**
 * Copies a root tree into the store. Links are kept as links; a target that is absolute (or climbs
 * out of the tree) is read as the tree's chroot would read it and rewritten relative to the link,
 * so the tree works from outside without chroot. Devices, sockets, fifos and unreadable files are
 * left out and named.
 */
final class TreeImport extends SimpleFileVisitor<Path> {

    private final Path source;
    private final Path target;
    private final List<String> skipped = new ArrayList<>();

    private TreeImport(Path source, Path target) {
        this.source = source;
        this.target = target;
    }

    /** Copies {@code source} to the new directory {@code target}; returns the entries left out. */
    static List<String> copy(Path source, Path target) {
        try {
            TreeImport visitor = new TreeImport(source.toRealPath(), target);
            Files.walkFileTree(visitor.source, visitor);
            return List.copyOf(visitor.skipped);
        } catch (IOException e) {
            throw new BaseException("cannot import " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Path relative = relative(dir);
        Files.createDirectory(target.resolve(relative.toString()));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path relative = relative(file);
        Path copy = target.resolve(relative.toString());
        if (attrs.isSymbolicLink()) {
            Files.createSymbolicLink(copy, Path.of(LinkTarget.inTree(relative, Files.readSymbolicLink(file))));
        } else if (attrs.isRegularFile()) {
            try {
                Files.copy(file, copy);
                boolean executable = Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
                Files.setPosixFilePermissions(copy, executable ? ReadOnly.WRITABLE_EXECUTABLE : ReadOnly.WRITABLE_FILE);
            } catch (AccessDeniedException e) {
                skipped.add(relative + " (unreadable)");
            }
        } else {
            skipped.add(relative + " (not a file, directory or link)");
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        skipped.add(relative(file) + " (" + e.getClass().getSimpleName() + ")");
        return FileVisitResult.SKIP_SUBTREE;
    }

    private Path relative(Path path) {
        Path relative = source.relativize(path);
        String name = relative.toString();
        if (name.indexOf('\n') >= 0 || name.indexOf('\t') >= 0) {
            throw new BaseException("cannot import " + path + ": a tab or newline in a file name");
        }
        return relative;
    }
}
