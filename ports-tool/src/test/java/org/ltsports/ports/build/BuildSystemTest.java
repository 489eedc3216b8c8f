package org.ltsports.ports.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.Recipe.Build;

class BuildSystemTest {

    @TempDir
    Path src;

    private BuildContext context() {
        return new BuildContext(src, Path.of("/p/Cellar/x/1.0"), Path.of("/w/stage"),
                List.of(Path.of("/p/opt/dep"), Path.of("/lts/1.0")), 2);
    }

    private List<String> commands(String system, List<String> args) {
        return BuildSystem.stepsFor(new Build(system, args, List.of(), Map.of()), context()).stream()
                .map(BuildStep::display).toList();
    }

    @Test
    void autotoolsConfiguresForTheKegAndInstallsIntoStaging() throws IOException {
        Files.writeString(src.resolve("configure"), "");
        assertEquals(List.of("./configure --prefix=/p/Cellar/x/1.0 --disable-nls", "make -j2",
                "make install DESTDIR=/w/stage"), commands("autotools", List.of("--disable-nls")));
    }

    @Test
    void autotoolsWithoutAConfigureScriptRunsAutoreconfFirst() throws IOException {
        Files.writeString(src.resolve("configure.ac"), "");
        assertEquals("autoreconf -fi", commands("autotools", List.of()).get(0));
        Files.delete(src.resolve("configure.ac"));
        assertThrows(PortsException.class, () -> commands("autotools", List.of()));
    }

    @Test
    void cmakeFindsDependenciesAndTheReleaseAndInstallsWithDestdir() {
        List<BuildStep> steps = BuildSystem.stepsFor(new Build("cmake", List.of("-DFOO=ON"), List.of(), Map.of()), context());
        assertTrue(steps.get(0).command().contains("-DCMAKE_PREFIX_PATH=/p/opt/dep;/lts/1.0"), steps.get(0).display());
        assertTrue(steps.get(0).command().contains("-DCMAKE_INSTALL_PREFIX=/p/Cellar/x/1.0"));
        assertEquals("-DFOO=ON", steps.get(0).command().get(steps.get(0).command().size() - 1));
        assertEquals(Map.of("DESTDIR", "/w/stage"), steps.get(2).extraEnv());
    }

    @Test
    void makePassesThePrefixBothWays() {
        assertEquals(List.of("make -j2 PREFIX=/p/Cellar/x/1.0 prefix=/p/Cellar/x/1.0",
                "make install DESTDIR=/w/stage PREFIX=/p/Cellar/x/1.0 prefix=/p/Cellar/x/1.0"), commands("make", List.of()));
    }

    @Test
    void aScriptRunsItsLinesWithPrefixAndDestdir() {
        List<BuildStep> steps = BuildSystem.stepsFor(new Build("script", List.of(), List.of("make", "make install"),
                Map.of()), context());
        assertEquals(List.of("/bin/sh", "-c", "set -e\nmake\nmake install\n"), steps.get(0).command());
        assertEquals("/p/Cellar/x/1.0", steps.get(0).extraEnv().get("PREFIX"));
        assertEquals("/w/stage", steps.get(0).extraEnv().get("DESTDIR"));
    }

    @Test
    void scriptLinesOfAnotherSystemRunAfterTheInstall() {
        List<BuildStep> steps = BuildSystem.stepsFor(new Build("make", List.of(), List.of("rm \"$DESTDIR$PREFIX/bin/x\""),
                Map.of()), context());
        assertEquals(3, steps.size());
        assertEquals("post-install", steps.get(2).label());
        assertEquals("set -e\nrm \"$DESTDIR$PREFIX/bin/x\"\n", steps.get(2).command().get(2));
    }
}
