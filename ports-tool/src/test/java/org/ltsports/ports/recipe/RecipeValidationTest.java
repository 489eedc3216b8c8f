package org.ltsports.ports.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ltsports.ports.recipe.RecipeFixtures.SHA256;
import static org.ltsports.ports.recipe.RecipeFixtures.minimal;
import static org.ltsports.ports.recipe.RecipeFixtures.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

/** Each way a recipe can be wrong is refused with file, line and field named. */
class RecipeValidationTest {
    @TempDir
    Path dir;

    @Test
    void aBadChecksumIsNamedWithItsLine() {
        assertOnlyProblem("hello.toml", """
                name = "hello"
                version = "2.10"
                summary = "Greeting"

                [source]
                url = "https://ftpmirror.gnu.org/gnu/hello/hello-2.10.tar.gz"
                sha256 = "abc"
                """, 7, "source.sha256", "must be 64 hexadecimal characters, got \"abc\"");
    }

    @Test
    void aTomlSyntaxErrorGivesTomljsPosition() {
        RecipeException e = refused("hello.toml", """
                name = "hello"
                version =
                """);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("hello.toml") + ":2: syntax: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(column 10)"), e.getMessage());
    }

    @Test
    void aMissingTopLevelFieldIsReportedAtLineOne() {
        assertOnlyProblem("hello.toml", minimal("hello").replace("summary = \"A test recipe\"\n", ""),
                1, "summary", "missing required field");
    }

    @Test
    void aMissingFieldOfATableIsReportedAtItsHeader() {
        assertOnlyProblem("hello.toml", minimal("hello").replace("sha256 = \"" + SHA256 + "\"\n", ""),
                5, "source.sha256", "missing required field");
    }

    @Test
    void aMissingSourceTableIsReported() {
        assertOnlyProblem("hello.toml", "name = \"hello\"\nversion = \"1\"\nsummary = \"s\"\n",
                1, "source", "missing required table [source]");
    }

    @Test
    void aVersionWrittenAsANumberIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello").replace("version = \"1.0\"", "version = 2.10"),
                2, "version", "must be a string (in quotes), got the number 2.1");
    }

    @Test
    void aVersionWithASlashOrUnderscoreIsRefused() {
        RecipeException e = refused("hello.toml", minimal("hello").replace("\"1.0\"", "\"1.0/../x\""));
        assertProblem(e, "hello.toml", 2, "version", "must start with a letter or digit and hold only letters, "
                + "digits and + . ~ - ('_' separates the revision), got \"1.0/../x\"");
        e = refused("hello.toml", minimal("hello").replace("\"1.0\"", "\"1_0\""));
        assertEquals("version", e.problems().get(0).field());
    }

    @Test
    void aNegativeRevisionIsRefused() {
        assertOnlyProblem("hello.toml", "revision = -1\n" + minimal("hello"),
                1, "revision", "must be a non-negative integer, got the number -1");
    }

    @Test
    void aKeywordThatIsNotAStringIsNamedByIndexAndLine() {
        assertOnlyProblem("hello.toml", "keywords = [\"gnu\",\n  3]\n" + minimal("hello"),
                2, "keywords[1]", "must be a string (in quotes), got the number 3");
    }

    @Test
    void anArrayElementAfterCommentLinesIsNamedAtItsOwnLine() {
        assertOnlyProblem("hello.toml", minimal("hello") + "mirrors = [ # where else\n\n  # old one\n  \"ftp://x/y\"]\n",
                11, "source.mirrors[0]", "scheme must be http, https or file, got \"ftp://x/y\"");
    }

    @Test
    void aMistypedFieldIsRefusedWithASuggestion() {
        RecipeException e = refused("hello.toml", minimal("hello").replace("summary =", "sumary ="));
        assertEquals(dir.resolve("hello.toml") + ": 2 problems\n"
                + dir.resolve("hello.toml") + ":1: summary: missing required field\n"
                + dir.resolve("hello.toml") + ":3: sumary: unknown field; did you mean summary?", e.getMessage());
        assertEquals(PortsException.FAILED, e.exitCode());
    }

    @Test
    void aMistypedTableIsRefusedWithASuggestion() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[biuld]\nsystem = \"make\"\n",
                9, "biuld", "unknown table; did you mean build?");
    }

    @Test
    void aMistypedFieldInsideATableIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "mirors = []\n",
                8, "source.mirors", "unknown field; did you mean mirrors?");
    }

    @Test
    void anUnknownFieldFarFromAnyKnownOneListsTheKnownOnes() {
        RecipeException e = refused("hello.toml", "maintainer = \"me\"\n" + minimal("hello"));
        assertProblem(e, "hello.toml", 1, "maintainer", "unknown field; known here: "
                + String.join(", ", RecipeParser.TOP));
    }

    @Test
    void aNameWithAPathSeparatorIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello").replace("name = \"hello\"", "name = \"../hello\""),
                1, "name", "must match [a-z0-9][a-z0-9+._-]* (lower case, no path separators), got \"../hello\"");
    }

    @Test
    void aNameDifferentFromTheFileNameIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hallo"),
                1, "name", "must be \"hello\" to match the file name hello.toml, got \"hallo\"");
    }

    @Test
    void aFileNameThatIsNotARecipeNameIsRefused() {
        assertOnlyProblem("Hello.toml", minimal("hello"),
                1, "name", "the file name Hello.toml is not a recipe name; rename it to hello.toml");
    }

    @Test
    void anUnknownBuildSystemIsRefusedWithASuggestion() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[build]\nsystem = \"cmak\"\n",
                10, "build.system", "unknown build system \"cmak\"; known: autotools, cmake, meson, make, script;"
                        + " did you mean cmake?");
    }

    @Test
    void aScriptBuildWithoutScriptIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[build]\nsystem = \"script\"\n",
                9, "build.script", "system = \"script\" needs script = [\"shell line\", ...]");
    }

    @Test
    void aBuildEnvironmentNameMustBeAVariableName() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[build]\nenv = { \"BAD-NAME\" = \"1\" }\n",
                10, "build.env.BAD-NAME", "not an environment variable name ([A-Za-z_][A-Za-z0-9_]*)");
    }

    @Test
    void aSourceUrlWithAnotherSchemeIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello").replace("https://example.org", "ftp://example.org"),
                6, "source.url", "scheme must be http, https or file, got \"ftp://example.org/hello-1.0.tar.gz\"");
    }

    @Test
    void aMirrorWithoutSchemeIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "mirrors = [\"example.org/x.tar.gz\"]\n",
                8, "source.mirrors[0]", "scheme must be http, https or file, got \"example.org/x.tar.gz\"");
    }

    @Test
    void anAbsolutePatchPathIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[[patch]]\nfile = \"/etc/passwd\"\n",
                10, "patch[0].file", "must be a path relative to the recipe directory, got \"/etc/passwd\"");
    }

    @Test
    void aPatchPathWithDotDotIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[[patch]]\nfile = \"hello/../../x.patch\"\n",
                10, "patch[0].file", "must not contain '..', got \"hello/../../x.patch\"");
    }

    @Test
    void aPatchFileThatDoesNotExistIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[[patch]]\nfile = \"hello/fix.patch\"\n",
                10, "patch[0].file", "no such file " + dir.toAbsolutePath().resolve("hello/fix.patch"));
    }

    @Test
    void aPatchUrlNeedsAChecksum() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[[patch]]\nurl = \"https://example.org/a.patch\"\n",
                9, "patch[0].sha256", "missing required field");
    }

    @Test
    void aPatchWithNeitherFileNorUrlIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[[patch]]\nstrip = 1\n",
                9, "patch[0]", "needs file (relative to the recipe directory) or url with sha256");
    }

    @Test
    void aPatchWrittenAsASingleTableIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[patch]\nfile = \"a.patch\"\n",
                9, "patch", "must be an array of tables ([[patch]]), got a table");
    }

    @Test
    void aDependencyThatIsNotARecipeNameIsRefused() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[depends]\nports = [\"zlib\", \"Zlib/1\"]\n",
                10, "depends.ports[1]", "not a recipe name ([a-z0-9][a-z0-9+._-]*), got \"Zlib/1\"");
    }

    @Test
    void aRecipeCannotDependOnItself() {
        assertOnlyProblem("hello.toml", minimal("hello") + "\n[depends]\nbuild = [\"hello\"]\n",
                10, "depends.build[0]", "a recipe cannot depend on itself");
    }

    @Test
    void kegOnlyMustBeABoolean() {
        assertOnlyProblem("hello.toml", "keg_only = \"yes\"\n" + minimal("hello"),
                1, "keg_only", "must be true or false, got \"yes\"");
    }

    @Test
    void everyProblemOfAFileIsReportedInLineOrder() {
        RecipeException e = refused("hello.toml", """
                name = "hello"
                version = 1
                summary = ""

                [source]
                url = "gopher://example.org/x"
                sha256 = "abc"

                [build]
                system = "ant"
                """);
        assertEquals(List.of(2, 3, 6, 7, 10), e.problems().stream().map(RecipeException.Problem::line).toList());
        assertEquals(List.of("version", "summary", "source.url", "source.sha256", "build.system"),
                e.problems().stream().map(RecipeException.Problem::field).toList());
        assertTrue(e.getMessage().startsWith(dir.resolve("hello.toml") + ": 5 problems\n"), e.getMessage());
        assertEquals(6, e.getMessage().lines().count(), e.getMessage());
    }

    private RecipeException refused(String fileName, String text) {
        Path file = write(dir, fileName, text);
        return assertThrows(RecipeException.class, () -> RecipeParser.parse(file));
    }

    private void assertOnlyProblem(String fileName, String text, int line, String field, String what) {
        RecipeException e = refused(fileName, text);
        assertEquals(dir.resolve(fileName) + ":" + line + ": " + field + ": " + what, e.getMessage());
        assertEquals(PortsException.FAILED, e.exitCode());
    }

    private void assertProblem(RecipeException e, String fileName, int line, String field, String what) {
        String expected = dir.resolve(fileName) + ":" + line + ": " + field + ": " + what;
        assertTrue(e.getMessage().lines().anyMatch(expected::equals), "expected " + expected + " in\n" + e.getMessage());
    }
}
