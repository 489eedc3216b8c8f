package org.ltsports.ports.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ltsports.ports.recipe.RecipeFixtures.minimal;
import static org.ltsports.ports.recipe.RecipeFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

class RecipeBookTest {
    @TempDir
    Path root;
    Path dir;
    RecipeBook book;

    @BeforeEach
    void collection() throws Exception {
        dir = Files.createDirectory(root.resolve("recipes"));
        write(dir, "hello.toml", minimal("hello"));
        write(dir, "help2man.toml", minimal("help2man"));
        write(dir, "zlib.toml", minimal("zlib"));
        book = new RecipeBook(dir);
    }

    @Test
    void namesListsRecipeFilesSortedWithoutParsingThem() {
        write(dir, "broken.toml", "name = \n");
        write(dir, "README.md", "not a recipe");
        write(dir, ".hidden.toml", minimal("hidden"));
        write(dir, "hello/0001-fix.patch", "patch");

        assertEquals(List.of("broken", "hello", "help2man", "zlib"), book.names());
    }

    @Test
    void findParsesOnlyTheFileAskedFor() {
        write(dir, "broken.toml", "name = \n");

        Optional<Recipe> hello = book.find("hello");

        assertEquals("hello", hello.orElseThrow().name());
        assertEquals(dir.resolve("hello.toml"), hello.orElseThrow().file());
        assertSame(hello.orElseThrow(), book.find("hello").orElseThrow(), "parsed once, then kept");
    }

    @Test
    void findOfAnUnknownNameIsEmpty() {
        assertEquals(Optional.empty(), book.find("nope"));
    }

    @Test
    void findCannotReachOutsideTheDirectory() {
        write(root, "outside.toml", minimal("outside"));

        assertEquals(Optional.empty(), book.find("../outside"));
        assertEquals(Optional.empty(), book.find("/" + root.resolve("outside")));
    }

    @Test
    void findOfABrokenRecipeRefusesIt() {
        write(dir, "broken.toml", "name = \n");

        RecipeException e = assertThrows(RecipeException.class, () -> book.find("broken"));

        assertTrue(e.getMessage().startsWith(dir.resolve("broken.toml") + ":1: syntax: "), e.getMessage());
    }

    @Test
    void requireOfAnUnknownNameSuggestsCloseNames() {
        PortsException e = assertThrows(PortsException.class, () -> book.require("helo"));

        assertEquals(PortsException.FAILED, e.exitCode());
        assertEquals("no recipe named 'helo' in " + dir + "; did you mean hello?; try `ports search helo`",
                e.getMessage());
    }

    @Test
    void atMostThreeCloseNamesAreSuggestedClosestFirst() {
        for (String name : List.of("hell", "hallo", "hellp", "jello")) {
            write(dir, name + ".toml", minimal(name));
        }

        PortsException e = assertThrows(PortsException.class, () -> book.require("helo"));

        assertTrue(e.getMessage().contains("; did you mean hell, hello, hallo?;"), e.getMessage());
    }

    @Test
    void requireOfAnUnknownNameWithNothingCloseSuggestsSearch() {
        PortsException e = assertThrows(PortsException.class, () -> book.require("openssl"));

        assertEquals("no recipe named 'openssl' in " + dir + "; try `ports search openssl`", e.getMessage());
    }

    @Test
    void aMissingDirectorySaysSo() {
        RecipeBook missing = new RecipeBook(root.resolve("nowhere"));

        PortsException e = assertThrows(PortsException.class, () -> missing.require("hello"));
        assertTrue(e.getMessage().contains("the recipe directory " + root.resolve("nowhere") + " does not exist"),
                e.getMessage());
        assertThrows(PortsException.class, missing::names);
    }

    @Test
    void allParsesEveryRecipeSortedByName() {
        assertEquals(List.of("hello", "help2man", "zlib"), book.all().stream().map(Recipe::name).toList());
    }

    @Test
    void allReportsTheProblemsOfEveryBrokenFile() {
        write(dir, "a.toml", minimal("a").replace("\"1.0\"", "1"));
        write(dir, "b.toml", minimal("b").replace("summary", "sumary"));

        RecipeException e = assertThrows(RecipeException.class, book::all);

        assertEquals(List.of(dir.resolve("a.toml"), dir.resolve("b.toml"), dir.resolve("b.toml")),
                e.problems().stream().map(RecipeException.Problem::file).toList());
        assertTrue(e.getMessage().startsWith("3 problems in 2 recipes\n"), e.getMessage());
    }
}
