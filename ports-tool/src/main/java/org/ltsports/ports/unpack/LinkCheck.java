package org.ltsports.ports.unpack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks, once a tree is complete, that every symlink in it resolves inside it, wherever the
 * tree is later moved. Links are followed one component at a time as the system would follow
 * them, with the tree's root as the floor: a chain like {@code d/a -> ..} plus {@code b -> d/a/..}
 * is caught although each target alone looks harmless, and so is {@code x -> ../<top>/y}.
 */
final class LinkCheck {
    private static final int MAX_HOPS = 40;

    private LinkCheck() {
    }

    /** The first symlink under {@code root} (relative to it) that resolves outside, if any. */
    static Optional<Path> firstEscapingLink(Path root) throws IOException {
        List<Path> links;
        try (Stream<Path> walk = Files.walk(root)) {
            links = walk.filter(Files::isSymbolicLink).map(root::relativize).sorted().toList();
        }
        for (Path link : links) {
            if (!resolvesInside(root, link)) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    private static boolean resolvesInside(Path root, Path link) throws IOException {
        Deque<String> at = new ArrayDeque<>();
        Deque<String> todo = new ArrayDeque<>();
        names(link).forEach(todo::addLast);
        int hops = 0;
        while (!todo.isEmpty()) {
            String name = todo.pollFirst();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (at.isEmpty()) {
                    return false;
                }
                at.removeLast();
                continue;
            }
            at.addLast(name);
            Path here = root.resolve(String.join("/", at));
            if (Files.isSymbolicLink(here)) {
                if (++hops > MAX_HOPS) {
                    return true; // a loop resolves nowhere, so it cannot lead out either
                }
                Path target = Files.readSymbolicLink(here);
                if (target.isAbsolute()) {
                    return false;
                }
                at.removeLast();
                List<String> targetNames = names(target);
                for (int i = targetNames.size() - 1; i >= 0; i--) {
                    todo.addFirst(targetNames.get(i));
                }
            }
        }
        return true;
    }

    private static List<String> names(Path path) {
        return List.of(path.toString().split("/"));
    }
}
