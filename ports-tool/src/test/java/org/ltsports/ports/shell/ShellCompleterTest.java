package org.ltsports.ports.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.cli.PortsCli;

/** What Tab offers at each place of a line: commands, options, enum values, recipes, installed kegs, ranked search results. */
class ShellCompleterTest {

    @TempDir
    Path dir;

    private ShellRecipes recipes;
    private ShellCompleter completer;

    @BeforeEach
    void shell() {
        ScriptedShell shell = new ScriptedShell(dir)
                .recipe("hello", "2.10", "Program that produces a familiar, friendly greeting")
                .recipe("help2man", "1.49", "Makes manual pages from --help output")
                .recipe("pcre2", "10.42", "Perl-compatible regular expressions")
                .installed("pcre2", "10.42");
        PrintWriter sink = new PrintWriter(new StringWriter());
        recipes = new ShellRecipes(shell.settings());
        recipes.refresh();
        completer = new ShellCompleter(PortsCli.commandLine(shell.settings(), sink, sink).getCommandSpec(), recipes);
    }

    @AfterEach
    void close() {
        recipes.close();
    }

    /** The values Tab would offer at the end of {@code line}, in the order shown. */
    private List<Candidate> offered(String line) {
        CompletingParsedLine parsed = (CompletingParsedLine) new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, parsed, candidates);
        ShellMatcher matcher = new ShellMatcher();
        matcher.compile(java.util.Map.of(), false, parsed, false, 2, null);
        return matcher.matches(candidates).stream().sorted().toList();
    }

    private List<String> values(String line) {
        return offered(line).stream().map(Candidate::value).toList();
    }

    @Test
    void commandsAtTheStartOfTheLine() {
        assertEquals(List.of("info", "install"), values("in"));
        List<String> all = values("");
        assertTrue(all.containsAll(List.of("install", "search", "uninstall", "exit")), all.toString());
        assertFalse(all.contains("shell"), "no shell inside the shell");
        assertEquals(List.of("add"), values("cache "));
    }

    @Test
    void optionsOfTheCommandBeingTyped() {
        assertEquals(List.of("--dry-run"), values("install --d"));
        assertTrue(values("search -").containsAll(List.of("--json", "--limit")), values("search -").toString());
    }

    @Test
    void recipeNamesForRecipesAndOnlyInstalledKegsForUninstallAndUnlink() {
        assertEquals(List.of("hello", "help2man"), values("install he"));
        assertEquals(List.of("hello", "help2man", "pcre2"), values("info "));
        assertEquals(List.of("pcre2"), values("uninstall "));
        assertEquals(List.of("pcre2"), values("unlink "));
        assertEquals(List.of(), values("uninstall he"));
    }

    @Test
    void valuesOfAnEnumParameter() {
        assertEquals(List.of("bash", "zsh"), values("completion "));
    }

    @Test
    void searchOffersRankedResultsTyposIncluded() {
        List<Candidate> pcre = offered("search pcer2");
        assertEquals(List.of("pcre2"), pcre.stream().map(Candidate::value).toList());
        assertTrue(pcre.get(0).descr().contains("10.42") && pcre.get(0).descr().contains("installed"), pcre.get(0).descr());
        assertEquals(List.of("hello", "help2man"), values("search --limit 5 hel"), "in rank order, options left out");
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        List<Candidate> none = offered("search zzzqqq");
        assertEquals(1, none.size());
        assertEquals("(no recipe matches)", none.get(0).displ());
        assertFalse(none.get(0).complete());
    }
}
