package org.ltsports.ports.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted sessions of the shell through a dumb terminal: lines run as commands, errors, Ctrl-C, Ctrl-D, history. */
class PortsShellTest {

    @TempDir
    Path dir;

    private ScriptedShell shell;

    @BeforeEach
    void recipes() {
        shell = new ScriptedShell(dir)
                .recipe("hello", "2.10", "Program that produces a familiar, friendly greeting")
                .recipe("help2man", "1.49", "Makes manual pages from --help output")
                .recipe("pcre2", "10.42", "Perl-compatible regular expressions");
    }

    @Test
    void searchListsRankedResultsWithVersionAndInstalledState() {
        shell.installed("pcre2", "10.40");
        String screen = shell.type("search pcer2\nsearch hel\n");
        assertTrue(screen.contains("pcre2  10.42  installed 10.40  Perl-compatible regular expressions"), screen);
        int hello = screen.indexOf("hello     2.10");
        int help2man = screen.indexOf("help2man  1.49");
        assertTrue(hello > 0 && help2man > hello, "the shorter name starting with 'hel' first:\n" + screen);
    }

    @Test
    void infoRunsInsideTheShellAsOnTheCommandLine() {
        String screen = shell.type("info hello\n");
        assertTrue(screen.contains("hello: 2.10\nProgram that produces a familiar, friendly greeting\n"), screen);
        assertTrue(screen.contains("Not installed"), screen);
        assertEquals(0, shell.exit);
    }

    @Test
    void anErrorPrintsOneLineAndTheShellGoesOnShowingTheExitCode() {
        String screen = shell.type("info nosuch\ninfo hello\n");
        assertTrue(screen.contains("\nError: no recipe named 'nosuch' in "), screen);
        assertTrue(screen.contains("; try `ports search nosuch`\nports [1]> "),
                "one line, then the prompt with the exit code:\n" + screen);
        assertTrue(screen.contains("hello: 2.10"), "the next line still runs:\n" + screen);
    }

    @Test
    void aUsageErrorIsOneLineWithExitCodeTwo() {
        String screen = shell.type("instal hello\n");
        assertTrue(screen.contains("Error: Unmatched arguments from index 0: 'instal', 'hello' (did you mean install"),
                screen);
        assertTrue(screen.contains("see `ports --help`\nports [2]> "), screen);
    }

    @Test
    void ctrlCAbandonsTheLineBeingTyped() {
        String screen = shell.type("info nosuch\u0003info hello\n");
        assertFalse(screen.contains("no recipe named 'nosuch'"), "the abandoned line did not run:\n" + screen);
        assertTrue(screen.contains("hello: 2.10"), screen);
    }

    @Test
    void ctrlDLeavesTheShell() {
        String screen = shell.type("\u0004info hello\n");
        assertFalse(screen.contains("hello: 2.10"), "nothing runs after Ctrl-D:\n" + screen);
        assertEquals(0, shell.exit);
    }

    @Test
    void exitLeavesTheShellAndTheShellIsNotStartedTwice() {
        String screen = shell.type("shell\nexit\ninfo hello\n");
        assertTrue(screen.contains("Error: this is the ports shell already"), screen);
        assertFalse(screen.contains("hello: 2.10"), screen);
    }

    @Test
    void tabCompletesCommandsAndRecipeNames() {
        String screen = shell.ansi().type("inf\tpc\t\n");
        assertTrue(screen.contains("pcre2: 10.42"), "'inf<Tab>pc<Tab>' ran info pcre2:\n" + screen);
    }

    @Test
    void historyIsKeptInThePrefix() throws Exception {
        shell.installed("hello", "2.10");
        shell.type("info hello\nsearch pcre\n");
        Path history = shell.prefix().resolve("var/ports/shell-history");
        String lines = Files.readString(history);
        assertTrue(lines.contains("info hello") && lines.contains("search pcre"), lines);
    }

    @Test
    void withoutAPrefixTheShellCreatesNone() {
        shell.type("search hello\ninfo hello\nlist\n");
        assertFalse(Files.exists(shell.prefix()), "neither search, history nor completion made the prefix");
    }
}
