package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java reader against readelf, on programs gcc builds here. */
class ElfPathsTest {
    @TempDir
    Path temp;

    private Path build(String name, String... flags) throws Exception {
        Files.writeString(temp.resolve("main.c"), "int main(void) { return 0; }\n");
        String[] command = new String[flags.length + 4];
        command[0] = "gcc";
        command[1] = "-o";
        command[2] = name;
        command[3] = "main.c";
        System.arraycopy(flags, 0, command, 4, flags.length);
        Run.output(temp, command);
        return temp.resolve(name);
    }

    private String readelf(String option, Path file, String pattern) throws Exception {
        Matcher m = Pattern.compile(pattern).matcher(Run.output(temp, "readelf", option, file.toString()));
        return m.find() ? m.group(1) : null;
    }

    @Test
    void readsDtRpathAndTheInterpreterAsReadelfDoes() throws Exception {
        Path program = build("rpath", "-Wl,--disable-new-dtags,-rpath,/opt/a/lib:$ORIGIN/../lib");

        ElfLinkage linkage = new PatchelfPaths().read(program).orElseThrow();

        assertEquals(readelf("-d", program, "\\(RPATH\\)\\s+Library rpath: \\[(.*)\\]"), linkage.searchPath().orElseThrow());
        assertEquals("/opt/a/lib:$ORIGIN/../lib", linkage.searchPath().orElseThrow());
        assertFalse(linkage.runpath());
        assertEquals(readelf("-l", program, "Requesting program interpreter: (.*)\\]"), linkage.interpreter().orElseThrow());
    }

    @Test
    void readsDtRunpathAsRunpath() throws Exception {
        Path program = build("runpath", "-Wl,--enable-new-dtags,-rpath,/opt/b/lib");

        ElfLinkage linkage = new PatchelfPaths().read(program).orElseThrow();

        assertEquals(Optional.of("/opt/b/lib"), linkage.searchPath());
        assertTrue(linkage.runpath());
    }

    @Test
    void aProgramWithoutSearchPathAndASharedLibraryWithoutInterpreter() throws Exception {
        Path plain = build("plain");
        Path library = build("lib.so", "-shared", "-fPIC");

        assertEquals(Optional.empty(), new PatchelfPaths().read(plain).orElseThrow().searchPath());
        assertEquals(Optional.empty(), new PatchelfPaths().read(library).orElseThrow().interpreter());
    }

    @Test
    void textAndTruncatedFilesAreNotElf() throws Exception {
        Path text = Files.writeString(temp.resolve("text"), "#!/bin/sh\n");
        Path truncated = Files.write(temp.resolve("truncated"), Arrays.copyOf(Files.readAllBytes(build("full")), 20));

        assertEquals(Optional.empty(), new PatchelfPaths().read(text));
        assertEquals(Optional.empty(), new PatchelfPaths().read(truncated));
    }
}
