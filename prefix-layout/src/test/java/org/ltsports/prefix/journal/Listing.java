package org.ltsports.prefix.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every entry under a directory with its type, size or link target, for exact before/after comparisons. */
final class Listing {
    private Listing() {
    }

    static String of(Path root) throws IOException {
        return entries(root).stream().collect(Collectors.joining("\n"));
    }

    static List<String> entries(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root)).map(p -> {
                String rel = root.relativize(p).toString();
                try {
                    if (Files.isSymbolicLink(p)) {
                        return rel + " -> " + Files.readSymbolicLink(p);
                    }
                    return Files.isDirectory(p) ? rel + "/" : rel + " " + Files.size(p);
                } catch (IOException e) {
                    return rel + " ?";
                }
            }).sorted().toList();
        }
    }
}
