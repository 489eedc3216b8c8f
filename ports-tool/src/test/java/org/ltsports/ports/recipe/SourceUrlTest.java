package org.ltsports.ports.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ltsports.ports.recipe.RecipeFixtures.SHA256;
import static org.ltsports.ports.recipe.RecipeFixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceUrlTest {
    @TempDir
    Path dir;

    private Path recipe(String url, String mirror) {
        return write(dir, "demo.toml", """
                name = "demo"
                version = "1.0"
                summary = "a demo"

                [source]
                url = "%s"
                sha256 = "%s"
                mirrors = ["%s"]
                """.formatted(url, SHA256, mirror));
    }

    @Test
    void aRelativeFileUrlIsResolvedAgainstTheRecipeCollection() {
        Recipe recipe = RecipeParser.parse(recipe("file:demo/demo-1.0.tar.gz", "file:mirror/demo-1.0.tar.gz"));
        assertEquals(dir.resolve("demo/demo-1.0.tar.gz").toUri().toString(), recipe.source().url());
        assertEquals(List.of(dir.resolve("mirror/demo-1.0.tar.gz").toUri().toString()), recipe.source().mirrors());
    }

    @Test
    void absoluteUrlsAreKeptAsWritten() {
        Recipe recipe = RecipeParser.parse(recipe("file:///srv/demo-1.0.tar.gz", "https://example.org/demo-1.0.tar.gz"));
        assertEquals("file:///srv/demo-1.0.tar.gz", recipe.source().url());
        assertEquals(List.of("https://example.org/demo-1.0.tar.gz"), recipe.source().mirrors());
    }

    @Test
    void aRelativeFileUrlMayNotLeaveTheCollection() {
        RecipeException e = assertThrows(RecipeException.class,
                () -> RecipeParser.parse(recipe("file:../outside.tar.gz", "file:ok.tar.gz")));
        assertTrue(e.getMessage().contains("demo.toml:6: source.url: a relative file: URL must stay inside"),
                e.getMessage());
    }
}
