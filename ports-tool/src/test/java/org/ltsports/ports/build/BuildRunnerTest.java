package org.ltsports.ports.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

class BuildRunnerTest {

    @TempDir
    Path dir;

    private final StringWriter status = new StringWriter();

    private BuildRunner runner(Map<String, String> env) {
        return new BuildRunner(dir.resolve("logs"), env, new PrintWriter(status, true), false);
    }

    private BuildStep sh(String label, String script) {
        return new BuildStep(label, List.of("/bin/sh", "-c", script), dir);
    }

    @Test
    void eachStepHasItsOwnNumberedLogAndOnlyTheGivenEnvironment() throws Exception {
        runner(Map.of("PATH", "/usr/bin:/bin", "GREETING", "hi")).run("demo", List.of(
                sh("configure", "echo configuring; echo \"HOME=${HOME:-unset} GREETING=$GREETING\""),
                sh("make", "echo making")));
        assertEquals(List.of("01.configure", "02.make"),
                Files.list(dir.resolve("logs")).map(p -> p.getFileName().toString()).sorted().toList());
        String configure = Files.readString(dir.resolve("logs/01.configure"));
        assertTrue(configure.contains("HOME=unset GREETING=hi"), "nothing of the caller's environment leaks: " + configure);
        assertTrue(status.toString().contains("==> /bin/sh -c echo making"), status.toString());
    }

    @Test
    void aFailingStepStopsTheBuildShowsTheTailAndKeepsTheLog() {
        PortsException e = assertThrows(PortsException.class, () -> runner(Map.of("PATH", "/usr/bin:/bin")).run("demo",
                List.of(sh("make", "for i in $(seq 1 40); do echo line $i; done; echo 'error: missing.h' >&2; exit 3"),
                        sh("make-install", "touch " + dir.resolve("installed")))));
        assertEquals(PortsException.FAILED, e.exitCode());
        assertTrue(e.getMessage().startsWith("build of demo failed: `make` exited with 3"), e.getMessage());
        assertTrue(e.getMessage().contains("error: missing.h"), e.getMessage());
        assertTrue(!e.getMessage().contains("line 10\n"), "only the tail is shown");
        assertTrue(e.getMessage().contains(dir.resolve("logs").toString()), e.getMessage());
        assertTrue(Files.exists(dir.resolve("logs/01.make")));
        assertTrue(!Files.exists(dir.resolve("installed")), "the steps after a failure do not run");
    }

    @Test
    void logsOfAnEarlierBuildAreReplaced() throws Exception {
        runner(Map.of("PATH", "/bin")).run("demo", List.of(sh("a", "true"), sh("b", "true"), sh("c", "true")));
        runner(Map.of("PATH", "/bin")).run("demo", List.of(sh("x", "true")));
        assertEquals(List.of("01.x"), Files.list(dir.resolve("logs")).map(p -> p.getFileName().toString()).toList());
    }
}
