package org.ltsports.ports.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ltsports.ports.recipe.RecipeFixtures.SHA256;
import static org.ltsports.ports.recipe.RecipeFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.Recipe.Build;
import org.ltsports.ports.recipe.Recipe.Depends;
import org.ltsports.ports.recipe.Recipe.Patch;
import org.ltsports.ports.recipe.Recipe.Source;

class RecipeParserTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldOfAFullRecipeIsReadBack() {
        write(dir, "hello/0001-fix.patch", "--- a/x\n+++ b/x\n");
        Path file = write(dir, "hello.toml", """
                name = "hello"
                version = "2.10"
                revision = 2
                summary = "Program that produces a familiar, friendly greeting"
                homepage = "https://www.gnu.org/software/hello/"
                license = "GPL-3.0-or-later"
                keywords = ["gnu", "example"]
                keg_only = true

                [source]
                url = "https://ftpmirror.gnu.org/gnu/hello/hello-2.10.tar.gz"
                sha256 = "%s"
                mirrors = ["https://ftp.gnu.org/gnu/hello/hello-2.10.tar.gz", "file:///srv/hello-2.10.tar.gz"]

                [depends]
                ports = ["gettext"]
                build = ["pkgconf", "m4"]
                base  = ["libc"]

                [build]
                system = "script"
                args = ["--disable-silent-rules"]
                script = ["./configure --prefix={prefix}", "make install"]
                env = { CFLAGS = "-O2", LC_ALL = "C" }

                [[patch]]
                file = "hello/0001-fix.patch"

                [[patch]]
                url = "https://example.org/fix-2.patch"
                sha256 = "%s"
                strip = 0

                [test]
                run = "{prefix}/bin/hello --greeting=ports"
                expect = "ports"
                """.formatted(SHA256, SHA256.toUpperCase()));

        Recipe recipe = RecipeParser.parse(file);

        assertEquals(new Recipe("hello", "2.10", 2, "Program that produces a familiar, friendly greeting",
                "https://www.gnu.org/software/hello/", "GPL-3.0-or-later", List.of("gnu", "example"),
                new Source("https://ftpmirror.gnu.org/gnu/hello/hello-2.10.tar.gz", SHA256,
                        List.of("https://ftp.gnu.org/gnu/hello/hello-2.10.tar.gz", "file:///srv/hello-2.10.tar.gz")),
                new Depends(List.of("gettext"), List.of("pkgconf", "m4"), List.of("libc")),
                new Build("script", List.of("--disable-silent-rules"),
                        List.of("./configure --prefix={prefix}", "make install"), Map.of("CFLAGS", "-O2", "LC_ALL", "C")),
                List.of(new Patch("hello/0001-fix.patch", null, null, 1),
                        new Patch(null, "https://example.org/fix-2.patch", SHA256, 0)),
                new Recipe.Test("{prefix}/bin/hello --greeting=ports", "ports"), true, file), recipe);
        assertEquals("2.10_2", recipe.versionDir());
        assertEquals(List.of("CFLAGS", "LC_ALL"), List.copyOf(recipe.build().env().keySet()), "env keeps file order");
        assertEquals(dir.resolve("hello/0001-fix.patch").toAbsolutePath(), recipe.patchFile(recipe.patches().get(0)));
        assertEquals(List.of("gettext", "pkgconf", "m4"), recipe.depends().recipes());
        assertEquals(3, recipe.source().urls().size());
    }

    @Test
    void optionalPartsTakeTheirDefaults() {
        Path file = write(dir, "tiny.toml", RecipeFixtures.minimal("tiny"));

        Recipe recipe = RecipeParser.parse(file);

        assertEquals(0, recipe.revision());
        assertEquals("1.0", recipe.versionDir(), "no revision suffix while revision is 0");
        assertNull(recipe.homepage());
        assertNull(recipe.license());
        assertNull(recipe.test());
        assertFalse(recipe.kegOnly());
        assertEquals(List.of(), recipe.keywords());
        assertEquals(Depends.NONE, recipe.depends());
        assertEquals(Build.DEFAULT, recipe.build());
        assertEquals(List.of(), recipe.patches());
        assertEquals(List.of(), recipe.source().mirrors());
    }

    @Test
    void aTestWithoutExpectChecksOnlyTheExitStatus() {
        Path file = write(dir, "tiny.toml", RecipeFixtures.minimal("tiny") + "\n[test]\nrun = \"true\"\n");

        assertEquals(new Recipe.Test("true", null), RecipeParser.parse(file).test());
    }

    @Test
    void aMissingFileIsAFailureNamingIt() {
        Path file = dir.resolve("absent.toml");

        PortsException e = assertThrows(PortsException.class, () -> RecipeParser.parse(file));

        assertEquals(PortsException.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
