package org.ltsports.ports.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The repository's own recipes/ collection: a broken recipe there fails the build. */
class RecipeCollectionTest {
    /** Surefire runs in the module directory (ports-tool); the collection is beside it. */
    private static final Path COLLECTION = Path.of("..", "recipes");

    @Test
    void everyRecipeOfTheCollectionIsValid() {
        assertTrue(Files.isDirectory(COLLECTION), "no recipe collection at " + COLLECTION.toAbsolutePath());
        RecipeBook book = new RecipeBook(COLLECTION);

        List<Recipe> recipes = book.all();

        assertFalse(recipes.isEmpty(), "the collection is empty");
        assertEquals(book.names(), recipes.stream().map(Recipe::name).toList());
    }

    @Test
    void everyDependencyOfTheCollectionResolvesWithoutCycles() {
        RecipeBook book = new RecipeBook(COLLECTION);

        List<DependencyGraph.Step> order = new DependencyGraph(book).installOrder(book.names());

        assertEquals(book.names().size(), order.size());
    }

    @Test
    void helloIsGnuHello210() {
        Recipe hello = new RecipeBook(COLLECTION).require("hello");

        assertEquals("2.10", hello.versionDir());
        assertEquals("https://ftpmirror.gnu.org/gnu/hello/hello-2.10.tar.gz", hello.source().url());
        assertEquals("31e066137a962676e89f69d1b65382de95a7ef7d914b8cb956f41ea72e0f516b", hello.source().sha256());
        assertEquals(List.of("https://ftp.gnu.org/gnu/hello/hello-2.10.tar.gz"), hello.source().mirrors());
        assertEquals(new Recipe.Build("autotools", List.of("--disable-silent-rules"), List.of(), java.util.Map.of()),
                hello.build());
        assertEquals(new Recipe.Test("{prefix}/bin/hello --greeting=ports", "ports"), hello.test());
        assertEquals("GPL-3.0-or-later", hello.license());
        assertEquals(List.of("gnu", "example", "greeting"), hello.keywords());
    }
}
