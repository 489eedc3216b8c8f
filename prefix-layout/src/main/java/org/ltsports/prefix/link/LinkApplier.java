package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ltsports.prefix.PrefixException;

/**
 * Carries out a conflict-free {@link LinkPlan}. If a step fails (the disk changed since the plan),
 * the steps already done are undone in reverse order, so a keg is never left half-linked.
 */
final class LinkApplier {
    private interface Undo {
        void run() throws IOException;
    }

    private final Path root;
    private final Deque<Undo> done = new ArrayDeque<>();

    LinkApplier(Path root) {
        this.root = root;
    }

    void apply(LinkPlan plan) {
        try {
            for (LinkAction action : plan.actions()) {
                apply(action);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw new PrefixException("Could not link " + plan.keg().name()
                    + " (nothing was changed): " + e, e);
        }
    }

    private void apply(LinkAction action) throws IOException {
        Path file = root.resolve(action.path());
        if (action instanceof LinkAction.MakeDir) {
            Files.createDirectory(file);
            done.push(() -> Files.deleteIfExists(file));
        } else if (action instanceof LinkAction.LinkFile f) {
            link(file, f.target());
        } else if (action instanceof LinkAction.LinkDir d) {
            link(file, d.target());
        } else if (action instanceof LinkAction.SplitDir s) {
            removeLink(file, s.target());
            Files.createDirectory(file);
            done.push(() -> Files.deleteIfExists(file));
        } else if (action instanceof LinkAction.RemoveStaleLink r) {
            removeLink(file, r.target());
        }
    }

    private void link(Path file, Path target) throws IOException {
        Files.createSymbolicLink(file, target);
        done.push(() -> {
            if (Files.isSymbolicLink(file)) {
                Files.delete(file);
            }
        });
    }

    private void removeLink(Path file, Path expectedTarget) throws IOException {
        if (!Files.isSymbolicLink(file) || !Files.readSymbolicLink(file).equals(expectedTarget)) {
            throw new IOException(file + " changed since the link plan was made");
        }
        Files.delete(file);
        done.push(() -> {
            if (!Files.exists(file, NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(file, expectedTarget);
            }
        });
    }

    private void rollBack(Exception cause) {
        while (!done.isEmpty()) {
            try {
                done.pop().run();
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
