package org.ltsports.ports.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.search.SearchHit;

/** What completion knows follows the prefix through a session: made by a command, wiped, made again. */
class ShellRecipesTest {

    @TempDir
    Path dir;

    @Test
    void theIndexMovesIntoThePrefixWhenOneAppearsAndFollowsItThroughAWipe() throws Exception {
        ScriptedShell shell = new ScriptedShell(dir).recipe("hello", "2.10", "Greets");
        Path indexFile = shell.prefix().resolve("var/ports/search.db");
        try (ShellRecipes recipes = new ShellRecipes(shell.settings())) {
            recipes.refresh();
            assertEquals(List.of("hello"), names(recipes.search("hello", 5)));
            assertFalse(Files.exists(shell.prefix()), "in memory while there is no prefix");

            shell.installed("hello", "2.10");
            recipes.refresh();
            assertEquals(List.of("hello"), names(recipes.search("helo", 5)));
            assertEquals(Map.of("hello", "2.10"), recipes.installed());
            assertTrue(Files.isRegularFile(indexFile), "kept in the prefix once it exists");

            try (var tree = Files.walk(shell.prefix())) {
                tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            recipes.refresh();
            assertEquals(Map.of(), recipes.installed(), "wiped: nothing installed");
            assertEquals(List.of("hello"), names(recipes.search("hello", 5)));
            assertFalse(Files.exists(shell.prefix()), "completion does not make the prefix again");

            shell.installed("hello", "2.10");
            recipes.refresh();
            assertEquals(List.of("hello"), names(recipes.search("hello", 5)));
            assertTrue(Files.isRegularFile(indexFile), "the new prefix gets its own index");
        }
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::name).toList();
    }
}
