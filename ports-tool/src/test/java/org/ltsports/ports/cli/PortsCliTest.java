package org.ltsports.ports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process, through the same factory main uses: exit codes, streams, messages. */
class PortsCliTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void environment() throws IOException {
        env.put("HOME", dir.resolve("home").toString());
        env.put("PORTS_PREFIX", dir.resolve("prefix").toString());
        env.put("PORTS_LTS_ROOT", dir.resolve("lts").toString());
        env.put("PORTS_RECIPES", Files.createDirectories(dir.resolve("recipes")).toString());
        Files.writeString(dir.resolve("recipes/hello.toml"), String.join("\n",
                "name = \"hello\"", "version = \"2.10\"", "summary = \"Greets\"", "",
                "[source]", "url = \"https://example.org/hello-2.10.tar.gz\"", "sha256 = \"" + "a".repeat(64) + "\"", ""));
    }

    private int execute(String... args) {
        return PortsCli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsEveryCommandWithExamples() {
        assertEquals(0, execute("--help"));
        for (String verb : new String[] {"install", "uninstall", "reinstall", "list", "info", "deps", "uses", "link",
                "unlink", "doctor", "fetch", "cache", "wipe", "shellenv", "completion", "search", "shell", "base",
                "bottle", "outdated", "upgrade", "cleanup", "autoremove"}) {
            assertTrue(out.toString().contains("  " + verb), verb + " missing from:\n" + out);
        }
        assertTrue(out.toString().contains("Examples:"), out.toString());
    }

    @Test
    void aMistypedCommandIsAUsageError() {
        assertEquals(2, execute("instal", "hello"));
        assertTrue(err.toString().contains("instal"), err.toString());
    }

    @Test
    void anUnknownRecipeFailsWithAHint() {
        assertEquals(1, execute("info", "helo"));
        assertTrue(err.toString().startsWith("Error: no recipe named 'helo'"), err.toString());
        assertTrue(err.toString().contains("hello"), "suggests the close name: " + err);
        assertFalse(err.toString().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void verboseAddsTheStackTrace() {
        assertEquals(1, execute("info", "--verbose", "helo"));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void installWithoutAnyLtsReleaseSaysHowToMakeOne() {
        assertEquals(1, execute("install", "--dry-run", "hello"));
        assertTrue(err.toString().contains("no LTS release under " + dir.resolve("lts")), err.toString());
        assertTrue(err.toString().contains("make-demo-lts.sh"), err.toString());
    }

    @Test
    void theDryRunPlanComesFromTheRecipesAndChangesNothing() throws IOException {
        Files.createDirectories(dir.resolve("lts/1.0/lib"));
        assertEquals(0, execute("install", "--dry-run", "hello"));
        assertEquals("Would install hello 2.10: build\n", out.toString());
        assertFalse(Files.exists(dir.resolve("prefix")));
    }

    @Test
    void readOnlyCommandsOnAMissingPrefixNeitherFailNorCreateIt() {
        assertEquals(0, execute("list"));
        assertEquals(0, execute("list", "--json"));
        assertEquals("[]\n", out.toString());
        assertEquals(0, execute("info", "hello"));
        assertFalse(Files.exists(dir.resolve("prefix")));
    }

    @Test
    void doctorOnAMissingPrefixIsRefused() {
        assertEquals(3, execute("doctor"));
        assertTrue(err.toString().contains("is not a ports prefix yet"), err.toString());
    }

    @Test
    void shellenvPutsThePrefixFirstOnPath() {
        assertEquals(0, execute("shellenv", "--shell", "bash"));
        assertTrue(out.toString().contains("export PATH=\"" + dir.resolve("prefix/bin") + ":"), out.toString());
        assertEquals(0, execute("shellenv", "--shell", "fish"));
        assertTrue(out.toString().contains("fish_add_path"), out.toString());
    }

    @Test
    void completionScriptsCoverTheCommands() {
        assertEquals(0, execute("completion", "bash"));
        assertTrue(out.toString().contains("complete -F"), "a bash completion function is registered");
        assertTrue(out.toString().contains("uninstall"), "commands are completed");
        assertEquals(2, execute("completion", "tcsh"));
    }

    @Test
    void thePrefixOptionOverridesTheEnvironment() throws IOException {
        Path other = dir.resolve("other");
        assertEquals(3, execute("doctor", "--prefix", other.toString()));
        assertTrue(err.toString().contains(other.toString()), err.toString());
    }

    @Test
    void everySubcommandHasHelpWithExamples() {
        for (String[] command : new String[][] {{"install"}, {"uninstall"}, {"base", "pin"}, {"search"}, {"wipe"}}) {
            StringWriter help = new StringWriter();
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            assertEquals(0, PortsCli.run(args, env, new PrintWriter(help, true), new PrintWriter(err, true)),
                    String.join(" ", command) + ": " + err);
            assertTrue(help.toString().startsWith("Usage: ports " + String.join(" ", command)), help.toString());
            assertTrue(help.toString().contains("Example"), String.join(" ", command) + " has no example:\n" + help);
        }
    }
}
