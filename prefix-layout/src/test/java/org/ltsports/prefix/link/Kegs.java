package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;

/** Makes real kegs in a test prefix and lists a tree exactly (types and link targets). */
final class Kegs {
    private Kegs() {
    }

    /** A keg {@code Cellar/<name>/<version>} holding the given files (paths relative to the keg). */
    static Keg keg(Prefix prefix, String name, String version, String... files) throws IOException {
        Keg keg = prefix.keg(name, version, 0);
        Files.createDirectories(keg.path());
        for (String file : files) {
            Path path = keg.path().resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, name + ":" + file + "\n");
        }
        return keg;
    }

    /** Every entry under {@code root}, one per line: path, type, and the target of links. */
    static String listing(Path root) throws IOException {
        try (Stream<Path> entries = Files.walk(root)) {
            return entries.map(p -> describe(root, p)).sorted().collect(Collectors.joining("\n"));
        }
    }

    private static String describe(Path root, Path p) {
        try {
            String rel = root.relativize(p).toString();
            if (Files.isSymbolicLink(p)) {
                return rel + " -> " + Files.readSymbolicLink(p);
            }
            return rel + (Files.isDirectory(p, NOFOLLOW_LINKS) ? "/" : " (" + Files.size(p) + " bytes)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
