package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LTS store through the launcher: adopt, list, verify, diff, rollback. */
class BaseIT {

    @TempDir
    Path dir;

    private Launcher ports;

    @BeforeEach
    void setUp() {
        ports = new Launcher(dir);
    }

    /** A tree with one library, {@code libtally.so.1}, exporting {@code symbols} (C function names). */
    private Path tree(String name, String... symbols) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("trees/" + name + "/lib"));
        StringBuilder source = new StringBuilder();
        for (String symbol : symbols) {
            source.append("int ").append(symbol).append("(void) { return 1; }\n");
        }
        Path c = Files.writeString(dir.resolve("trees/" + name + ".c"), source);
        Fixtures.run(List.of("gcc", "-shared", "-fPIC", "-Wl,-soname,libtally.so.1", "-o",
                tree.resolve("libtally.so.1").toString(), c.toString()));
        return tree.getParent();
    }

    @Test
    void adoptedReleasesAreReadOnlyVerifiedAndDiffed() throws Exception {
        Launcher.Result adopt = ports.run("base", "adopt", tree("a", "tally_add").toString(), "--release", "1.0");
        assertEquals(0, adopt.exit(), adopt.toString());
        assertEquals(0, ports.run("base", "adopt", tree("b", "tally_add", "tally_sub").toString(), "--release", "2.0").exit());

        Path current = ports.ltsRoot().resolve("1.0");
        assertTrue(Files.isSymbolicLink(current), "a release is an atomic link into the store");
        assertTrue(Files.getPosixFilePermissions(current.resolve("lib/libtally.so.1")).stream()
                .noneMatch(p -> p.name().endsWith("WRITE")), "store files are read-only");

        Launcher.Result list = ports.run("base", "list");
        assertTrue(list.out().contains("1.0") && list.out().contains("2.0"), list.toString());

        Launcher.Result diff = ports.run("base", "diff", "1.0", "2.0");
        assertEquals(0, diff.exit(), diff.toString());
        assertTrue(diff.out().contains("symbols added (1): tally_sub"), diff.out());

        assertEquals(0, ports.run("base", "verify", "1.0").exit());
        Path library = current.resolve("lib/libtally.so.1").toRealPath();
        library.toFile().setWritable(true);
        Files.write(library, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        Launcher.Result tampered = ports.run("base", "verify", "1.0");
        assertEquals(4, tampered.exit(), tampered.toString());
        assertTrue(tampered.err().contains("lib/libtally.so.1"), tampered.err());
    }

    @Test
    void aNewGenerationCanBeRolledBack() throws Exception {
        Path a = tree("a", "tally_add");
        assertEquals(0, ports.run("base", "adopt", a.toString(), "--release", "1.0").exit());
        Path first = ports.ltsRoot().resolve("1.0").toRealPath();
        Launcher.Result again = ports.run("base", "adopt", a.toString(), "--release", "1.0");
        assertTrue(again.out().contains("nothing to do"), "an identical tree is no new generation: " + again);

        assertEquals(0, ports.run("base", "adopt", tree("c", "tally_add", "tally_mul").toString(), "--release", "1.0").exit());
        assertFalse(first.equals(ports.ltsRoot().resolve("1.0").toRealPath()));
        Launcher.Result rollback = ports.run("base", "rollback", "1.0");
        assertEquals(0, rollback.exit(), rollback.toString());
        assertEquals(first, ports.ltsRoot().resolve("1.0").toRealPath());
    }
}
