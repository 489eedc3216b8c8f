package org.ltsports.ports.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.recipe.RecipeBook;

/** The index follows recipe files that are added, changed and removed, reading only those; a broken index is rebuilt. */
class IndexFreshnessTest {

    @TempDir
    Path dir;

    private Path recipes() {
        return dir.resolve("recipes");
    }

    private SearchIndex open() {
        return SearchIndex.open(new RecipeBook(recipes()), Optional.of(dir.resolve("var/search.db")));
    }

    private static List<String> names(SearchIndex index, String query) {
        return index.query(query, 20).stream().map(SearchHit::name).toList();
    }

    @Test
    void addedChangedAndRemovedFilesAreFollowedWithoutARebuild() throws Exception {
        Recipes.collection(recipes());
        try (SearchIndex index = open()) {
            assertEquals(new IndexChanges(7, 0, 0), index.refresh());
            assertEquals(new IndexChanges(0, 0, 0), index.refresh(), "nothing changed, nothing read");

            Recipes.write(recipes(), "jq", "Command-line JSON processor");
            Path grep = Recipes.write(recipes(), "grep", "Finds needles in text files");
            Files.delete(recipes().resolve("xslt.toml"));
            assertEquals(new IndexChanges(1, 1, 1), index.refresh());

            assertEquals(List.of("jq"), names(index, "json"));
            assertEquals(List.of("grep"), names(index, "needles"));
            assertFalse(names(index, "lines").contains("grep"), "the old summary is gone");
            assertEquals(List.of(), names(index, "stylesheets"));
            assertTrue(Files.exists(grep));
        }
    }

    @Test
    void aFileIsReadAgainOnlyWhenItsTimeOrSizeChanged() throws Exception {
        Path file = Recipes.write(recipes(), "tool", "Original words");
        try (SearchIndex index = open()) {
            index.refresh();
            FileTime time = Files.getLastModifiedTime(file);
            // Same size, same time: the index must not notice, which proves it did not read the file.
            Files.writeString(file, Files.readString(file).replace("Original", "Replaced"), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, time);
            assertEquals(new IndexChanges(0, 0, 0), index.refresh());
            assertEquals(List.of("tool"), names(index, "original"));

            Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));
            assertEquals(new IndexChanges(0, 1, 0), index.refresh());
            assertEquals(List.of("tool"), names(index, "replaced"));
        }
    }

    @Test
    void theIndexFileKeepsItsContentBetweenOpenings() {
        Recipes.collection(recipes());
        try (SearchIndex index = open()) {
            index.refresh();
        }
        try (SearchIndex index = open()) {
            assertEquals(new IndexChanges(0, 0, 0), index.refresh(), "a second process finds the index fresh");
            assertEquals("hello", names(index, "hello").get(0));
        }
    }

    @Test
    void aBrokenRecipeIsFoundByItsName() {
        Recipes.writeText(recipes(), "broken", "name = \"broken\"\nversion = \n");
        try (SearchIndex index = open()) {
            index.refresh();
            SearchHit hit = index.query("broken", 5).get(0);
            assertEquals("broken", hit.name());
            assertFalse(hit.valid());
        }
    }

    @Test
    void aCorruptIndexFileIsRebuiltNotAnError() throws Exception {
        Recipes.collection(recipes());
        Path file = dir.resolve("var/search.db");
        Files.createDirectories(file.getParent());
        Files.write(file, "this is not a database, just bytes".repeat(200).getBytes(StandardCharsets.UTF_8));
        try (SearchIndex index = open()) {
            index.refresh();
            assertEquals("hello", names(index, "hello").get(0));
            assertEquals(Optional.of(file), index.file(), "rebuilt in place, not in memory");
        }
        byte[] header = new byte[15];
        System.arraycopy(Files.readAllBytes(file), 0, header, 0, 15);
        assertEquals("SQLite format 3", new String(header, StandardCharsets.US_ASCII));
    }

    @Test
    void anIndexWhoseTablesWereDamagedIsRebuiltWhenAQueryFails() throws Exception {
        Recipes.collection(recipes());
        try (SearchIndex index = open()) {
            index.refresh();
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("var/search.db"));
             var s = c.createStatement()) {
            s.execute("DROP TABLE recipe_text");
        }
        try (SearchIndex index = open()) {
            index.refresh();
            assertEquals("grep", names(index, "searches").get(0));
        }
    }

    @Test
    void anIndexOfAnotherRecipeDirectoryIsRebuiltForThisOne() {
        Recipes.write(dir.resolve("other"), "elsewhere", "From another collection");
        try (SearchIndex index = SearchIndex.open(new RecipeBook(dir.resolve("other")), Optional.of(dir.resolve("var/search.db")))) {
            index.refresh();
        }
        Recipes.write(recipes(), "here", "From this collection");
        try (SearchIndex index = open()) {
            assertEquals(new IndexChanges(1, 0, 0), index.refresh());
            assertEquals(List.of(), names(index, "elsewhere"));
        }
    }

    @Test
    void withoutAFileTheIndexLivesInMemoryAndWritesNothing() throws Exception {
        Recipes.collection(recipes());
        try (SearchIndex index = SearchIndex.forPrefix(new RecipeBook(recipes()), Optional.empty())) {
            index.refresh();
            assertEquals(Optional.empty(), index.file());
            assertEquals("hello", names(index, "hello").get(0));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(recipes()), files.toList(), "nothing written beside the recipes");
        }
    }
}
