package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Lists the keg directories of a Cellar. */
final class KegDirectories {
    private KegDirectories() {
    }

    static List<Keg> list(Path cellar) {
        List<Keg> kegs = new ArrayList<>();
        try {
            for (Path rack : directories(cellar)) {
                for (Path kegDir : directories(rack)) {
                    kegs.add(Keg.at(kegDir));
                }
            }
        } catch (IOException e) {
            throw new PrefixException("Could not list the kegs in " + cellar + ": " + e, e);
        }
        return kegs;
    }

    private static List<Path> directories(Path dir) throws IOException {
        if (!Files.isDirectory(dir, NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isDirectory(p, NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }
}
