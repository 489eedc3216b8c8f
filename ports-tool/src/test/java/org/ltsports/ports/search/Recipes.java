package org.ltsports.ports.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Recipe files the search tests write into their own directories. */
final class Recipes {
    static final String SHA256 = "31e066137a962676e89f69d1b65382de95a7ef7d914b8cb956f41ea72e0f516b";

    private Recipes() {
    }

    static Path write(Path dir, String name, String version, String summary, List<String> keywords, String homepage) {
        String text = "name = \"" + name + "\"\nversion = \"" + version + "\"\nsummary = \"" + summary + "\"\n"
                + (homepage == null ? "" : "homepage = \"" + homepage + "\"\n")
                + "keywords = [" + keywords.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", ")) + "]\n"
                + "\n[source]\nurl = \"https://example.org/" + name + "-" + version + ".tar.gz\"\nsha256 = \"" + SHA256 + "\"\n";
        return writeText(dir, name, text);
    }

    static Path write(Path dir, String name, String summary) {
        return write(dir, name, "1.0", summary, List.of(), null);
    }

    static Path writeText(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name + ".toml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small collection with names that share prefixes, words in summaries, keywords and homepages. */
    static void collection(Path dir) {
        write(dir, "pcre2", "10.42", "Perl-compatible regular expressions, version 2", List.of("regex"),
                "https://www.pcre.org/");
        write(dir, "pcre", "8.45", "Perl-compatible regular expressions, the old API", List.of("regex"), null);
        write(dir, "pcre2-utils", "1.0", "Command line tools around the library", List.of(), null);
        write(dir, "grep", "3.11", "Searches text for lines matching regular expressions", List.of("text"),
                "https://www.gnu.org/software/grep/");
        write(dir, "hello", "2.10", "Program that produces a familiar, friendly greeting", List.of("gnu", "example"),
                "https://www.gnu.org/software/hello/");
        write(dir, "lib-xml", "2.12", "Parser for markup", List.of(), null);
        write(dir, "xslt", "1.1", "Transforms xml documents with stylesheets", List.of(), null);
    }
}
