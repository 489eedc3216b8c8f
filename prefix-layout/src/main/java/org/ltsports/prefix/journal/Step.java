package org.ltsports.prefix.journal;

import org.ltsports.prefix.Trees;
import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * One change to the disk that a journal records before it is made. Paths are relative to the
 * prefix root. {@link #apply} checks that the disk is as the plan expected and refuses otherwise;
 * {@link #undo} puts back what the step changed when it finds the step's result on disk, and
 * otherwise does nothing, so undoing a journal after a crash is safe whichever of its steps were
 * done. Undo runs in reverse order, so a later step on the same path is undone first.
 */
public sealed interface Step {

    void apply(StepContext at) throws IOException;

    void undo(StepContext at) throws IOException;

    /** The step in words, for messages. */
    String describe();

    /** Make a directory that is not there. Undo: remove it while it is empty. */
    record MakeDir(String path) implements Step {
        public void apply(StepContext at) throws IOException {
            Files.createDirectory(at.resolve(path));
        }

        public void undo(StepContext at) throws IOException {
            Path dir = at.resolve(path);
            if (Files.isDirectory(dir, NOFOLLOW_LINKS) && Trees.isEmpty(dir)) {
                Files.delete(dir);
            }
        }

        public String describe() {
            return "make directory " + path;
        }
    }

    /** Remove a directory if it is empty (one still holding something stays). Undo: make it again. */
    record RemoveDir(String path) implements Step {
        public void apply(StepContext at) throws IOException {
            Path dir = at.resolve(path);
            if (Files.isDirectory(dir, NOFOLLOW_LINKS) && Trees.isEmpty(dir)) {
                Files.delete(dir);
            }
        }

        public void undo(StepContext at) throws IOException {
            Path dir = at.resolve(path);
            if (!Files.exists(dir, NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
            }
        }

        public String describe() {
            return "remove directory " + path + " if empty";
        }
    }

    /** Make the link {@code path -> target} where nothing is. Undo: remove that link. */
    record Symlink(String path, String target) implements Step {
        public void apply(StepContext at) throws IOException {
            Files.createSymbolicLink(at.resolve(path), Path.of(target));
        }

        public void undo(StepContext at) throws IOException {
            Path link = at.resolve(path);
            if (Step.linksTo(link, target)) {
                Files.delete(link);
            }
        }

        public String describe() {
            return "link " + path + " -> " + target;
        }
    }

    /** Remove the link {@code path -> target}. Undo: make it again where nothing is. */
    record RemoveLink(String path, String target) implements Step {
        public void apply(StepContext at) throws IOException {
            Path link = at.resolve(path);
            if (!Step.linksTo(link, target)) {
                throw new IOException(link + " is no longer a link to " + target);
            }
            Files.delete(link);
        }

        public void undo(StepContext at) throws IOException {
            Path link = at.resolve(path);
            if (!Files.exists(link, NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, Path.of(target));
            }
        }

        public String describe() {
            return "remove link " + path + " -> " + target;
        }
    }

    /** Point the link at {@code path} from {@code before} to {@code after} in one rename. Undo: point it back. */
    record ReplaceLink(String path, String before, String after) implements Step {
        public void apply(StepContext at) throws IOException {
            Path link = at.resolve(path);
            if (!Step.linksTo(link, before)) {
                throw new IOException(link + " is no longer a link to " + before);
            }
            Step.replaceLink(at, link, after);
        }

        public void undo(StepContext at) throws IOException {
            Path link = at.resolve(path);
            if (Step.linksTo(link, after)) {
                Step.replaceLink(at, link, before);
            }
        }

        public String describe() {
            return "point " + path + " at " + after + " instead of " + before;
        }
    }

    /** Rename {@code from} to {@code to}, which must not exist. Undo: rename it back. */
    record Move(String from, String to) implements Step {
        public void apply(StepContext at) throws IOException {
            Path source = at.resolve(from);
            Path target = at.resolve(to);
            if (!Files.exists(source, NOFOLLOW_LINKS) || Files.exists(target, NOFOLLOW_LINKS)) {
                throw new IOException("cannot move " + source + " to " + target + ": the first must exist, the second not");
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        }

        public void undo(StepContext at) throws IOException {
            Path source = at.resolve(from);
            Path target = at.resolve(to);
            if (Files.exists(target, NOFOLLOW_LINKS) && !Files.exists(source, NOFOLLOW_LINKS)) {
                Files.createDirectories(source.getParent());
                Files.move(target, source, StandardCopyOption.ATOMIC_MOVE);
            }
        }

        public String describe() {
            return "move " + from + " to " + to;
        }
    }

    /**
     * Replace a small text file's content {@code before} ({@code null}: no file) with {@code after}
     * in one rename. Undo: put {@code before} back while the file still holds {@code after}.
     */
    record WriteFile(String path, String before, String after) implements Step {
        public WriteFile {
            Objects.requireNonNull(after, "after");
        }

        public void apply(StepContext at) throws IOException {
            Path file = at.resolve(path);
            if (!Objects.equals(Step.content(file), before)) {
                throw new IOException(file + " changed since the change was planned");
            }
            Step.replaceFile(at, file, after);
        }

        public void undo(StepContext at) throws IOException {
            Path file = at.resolve(path);
            if (Objects.equals(Step.content(file), after) && !after.equals(before)) {
                if (before == null) {
                    Files.delete(file);
                } else {
                    Step.replaceFile(at, file, before);
                }
            }
        }

        public String describe() {
            return "write " + path;
        }
    }

    /** Delete a tree, never following links; nothing if it is gone. Only after a commit: it cannot be undone. */
    record DeleteTree(String path) implements Step {
        public void apply(StepContext at) throws IOException {
            Trees.delete(at.resolve(path));
        }

        public void undo(StepContext at) {
            throw new IllegalStateException("a deleted tree cannot be brought back: " + path);
        }

        public String describe() {
            return "delete " + path;
        }
    }

    /**
     * Makes the steps without a journal, for changes that need not survive a crash; when one
     * fails, those already made are undone, newest first, and the failure is thrown.
     */
    static void applyAll(StepContext at, List<Step> steps) throws IOException {
        for (int i = 0; i < steps.size(); i++) {
            try {
                steps.get(i).apply(at);
            } catch (IOException | RuntimeException e) {
                for (int j = i - 1; j >= 0; j--) {
                    try {
                        steps.get(j).undo(at);
                    } catch (IOException | RuntimeException undo) {
                        e.addSuppressed(undo);
                    }
                }
                throw e;
            }
        }
    }

    private static boolean linksTo(Path link, String target) throws IOException {
        return Files.isSymbolicLink(link) && Files.readSymbolicLink(link).toString().equals(target);
    }

    private static void replaceLink(StepContext at, Path link, String target) throws IOException {
        Path temp = at.temporary(link.getFileName().toString());
        Files.createDirectories(temp.getParent());
        Files.createSymbolicLink(temp, Path.of(target));
        try {
            Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String content(Path file) throws IOException {
        return Files.isRegularFile(file, NOFOLLOW_LINKS) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    private static void replaceFile(StepContext at, Path file, String text) throws IOException {
        Path temp = at.temporary(file.getFileName().toString());
        Files.createDirectories(temp.getParent());
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
