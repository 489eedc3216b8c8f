package org.ltsports.ports.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.ports.search.SearchHit.Match;

/** Ranking of the search over a small collection, in an index file of its own. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void open() {
        Recipes.collection(dir.resolve("recipes"));
        index = SearchIndex.open(new RecipeBook(dir.resolve("recipes")), Optional.of(dir.resolve("search.db")));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> names(String query) {
        return index.query(query, 20).stream().map(SearchHit::name).toList();
    }

    @Test
    void theExactNameComesFirstThenNamesStartingWithItThenTextMatches() {
        List<SearchHit> hits = index.query("pcre", 20);
        assertEquals(List.of("pcre", "pcre2", "pcre2-utils"), hits.stream().map(SearchHit::name).limit(3).toList());
        assertEquals(List.of(Match.EXACT, Match.PREFIX, Match.PREFIX), hits.stream().map(SearchHit::match).limit(3).toList());
        SearchHit pcre2 = hits.get(1);
        assertEquals("10.42", pcre2.version());
        assertEquals("Perl-compatible regular expressions, version 2", pcre2.summary());
        assertEquals("https://www.pcre.org/", pcre2.homepage());
    }

    @Test
    void aWordInTheNameOutranksTheSameWordInASummary() {
        assertEquals(List.of("lib-xml", "xslt"), names("xml"));
    }

    @Test
    void everyWordMustMatchAndWordsMatchAsPrefixes() {
        assertEquals(List.of("grep", "pcre", "pcre2"), names("regular express").stream().sorted().toList());
        assertEquals(List.of("grep"), names("regular lines"));
    }

    @Test
    void keywordsAndHomepagesAreSearched() {
        assertEquals(List.of("pcre", "pcre2"), names("regex").stream().sorted().toList());
        assertEquals(List.of("grep", "hello"), names("gnu.org").stream().sorted().toList());
    }

    @Test
    void aNameContainingTheQueryIsFoundAfterTheOthers() {
        List<SearchHit> hits = index.query("utils", 20);
        assertEquals("pcre2-utils", hits.get(0).name());
        assertEquals(Match.TEXT, hits.get(0).match(), "'utils' is a word of the name");
        assertEquals(List.of("pcre2-utils"), names("2-ut"));
    }

    @Test
    void typosInANameStillFindIt() {
        assertEquals(List.of("pcre2"), names("pcer2").subList(0, 1));
        assertEquals(Match.CLOSE, index.query("pcer2", 20).get(0).match());
        assertEquals("hello", names("helo").get(0));
        assertEquals("grep", names("gerp").get(0));
    }

    @Test
    void aQueryWithNothingCloseFindsNothing() {
        assertEquals(List.of(), names("zzzzqqq"));
    }

    @Test
    void theLimitIsKept() {
        assertEquals(2, index.query("pcre", 2).size());
    }

    @Test
    void fullTextSyntaxInAQueryIsTakenAsText() {
        for (String query : List.of("\"", "c++", "regular AND NOT", "*", "NEAR(a b)", "'; DROP TABLE recipes; --", "   ")) {
            index.query(query, 20); // no exception: every query is words, never FTS5 or SQL syntax
        }
        assertTrue(names("pcre").contains("pcre"), "the index is intact");
        assertEquals(List.of("pcre", "pcre2", "pcre2-utils"), names("PCRE").subList(0, 3), "case does not matter");
    }
}
