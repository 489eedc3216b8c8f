package org.ltsports.ports.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Recipe files written by the tests into their own temporary directories. */
final class RecipeFixtures {
    static final String SHA256 = "31e066137a962676e89f69d1b65382de95a7ef7d914b8cb956f41ea72e0f516b";

    private RecipeFixtures() {
    }

    static Path write(Path dir, String fileName, String text) {
        try {
            Path file = dir.resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest valid recipe text, seven lines; tests append to it. */
    static String minimal(String name) {
        return """
                name = "%s"
                version = "1.0"
                summary = "A test recipe"

                [source]
                url = "https://example.org/%s-1.0.tar.gz"
                sha256 = "%s"
                """.formatted(name, name, SHA256);
    }

    /** A valid recipe file that needs {@code ports} at run time and {@code build} to build. */
    static Path recipe(Path dir, String name, List<String> ports, List<String> build) {
        return write(dir, name + ".toml", minimal(name) + """

                [depends]
                ports = [%s]
                build = [%s]
                """.formatted(quoted(ports), quoted(build)));
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}
