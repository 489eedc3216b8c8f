package org.ltsports.ports.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

/**
 * The build sandbox: with bubblewrap (as on this project's machines) a step writes only its work
 * directory and reaches no network; without it, or where it cannot make namespaces, steps run
 * unconfined after one warning.
 */
class SandboxTest {

    @TempDir
    Path dir;

    private final StringWriter warnings = new StringWriter();

    private Sandbox detected() {
        return Sandbox.detect(new PrintWriter(warnings, true));
    }

    @Test
    void withoutBubblewrapStepsRunAsTheyAreAfterOneWarning() {
        Sandbox none = Sandbox.probe(null, new PrintWriter(warnings, true));

        assertFalse(none.confines());
        assertEquals(List.of("make", "install"), none.allowingWrites(List.of(dir)).wrap(List.of("make", "install"), dir));
        assertEquals(1, warnings.toString().lines().count(), warnings.toString());
        assertTrue(warnings.toString().startsWith("Warning: builds run without a sandbox: bubblewrap (bwrap) is not"
                + " installed."), warnings.toString());
    }

    @Test
    void aBubblewrapThatCannotMakeNamespacesIsNotUsedAndTheWarningSaysWhy() throws Exception {
        Path fake = dir.resolve("bwrap");
        Files.writeString(fake, "#!/bin/sh\necho 'bwrap: No permissions to creating new namespace' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));

        Sandbox none = Sandbox.probe(fake, new PrintWriter(warnings, true));

        assertFalse(none.confines());
        assertTrue(warnings.toString().contains("cannot make a sandbox here (bwrap: No permissions to creating new"
                + " namespace; are user namespaces disabled?)"), warnings.toString());
    }

    @Test
    void inTheSandboxAStepWritesItsWorkDirectoryAndNothingElse() throws Exception {
        Sandbox sandbox = detected();
        assumeTrue(sandbox.confines(), "bubblewrap cannot make a sandbox on this machine: " + warnings);
        assertEquals("", warnings.toString(), "no warning where the sandbox works");
        Path work = Files.createDirectories(dir.resolve("work"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path release = Files.createDirectories(dir.resolve("lts/1.0"));
        BuildRunner runner = new BuildRunner(dir.resolve("logs"), Map.of("PATH", "/usr/bin:/bin"),
                new PrintWriter(new StringWriter(), true), false, sandbox.allowingWrites(List.of(work)));

        runner.run("good", List.of(new BuildStep("make", List.of("/bin/sh", "-c", "echo built > out"), work)));
        assertEquals("built\n", Files.readString(work.resolve("out")));

        for (Path outside : List.of(home, release)) {
            PortsException e = assertThrows(PortsException.class, () -> runner.run("rogue", List.of(new BuildStep(
                    "make", List.of("/bin/sh", "-c", "echo escaped > " + outside.resolve("x")), work))));
            assertTrue(e.getMessage().contains("Read-only file system"), e.getMessage());
            assertFalse(Files.exists(outside.resolve("x")), "nothing was written in " + outside);
        }
    }

    @Test
    void inTheSandboxAStepReachesNoNetworkNotEvenLoopback() throws Exception {
        Sandbox sandbox = detected();
        assumeTrue(sandbox.confines(), "bubblewrap cannot make a sandbox on this machine: " + warnings);
        Path client = compileClient();
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("reached"));
            server.enqueue(new MockResponse().setBody("reached"));
            server.start();
            List<String> connect = List.of(client.toString(), "127.0.0.1", Integer.toString(server.getPort()));

            assertEquals(0, run(connect), "outside the sandbox the client reaches the server");
            assertEquals(1, server.getRequestCount());
            assertEquals(1, run(sandbox.allowingWrites(List.of(dir)).wrap(connect, dir)), "inside, it cannot connect");
            assertEquals(1, server.getRequestCount(), "no request came from the sandbox");
        }
    }

    private int run(List<String> command) throws Exception {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** A tiny HTTP client in C: exit 0 when it could connect and send a request, 1 when it could not. */
    private Path compileClient() throws Exception {
        Path source = Files.writeString(dir.resolve("client.c"), String.join("\n",
                "#include <arpa/inet.h>", "#include <stdlib.h>", "#include <string.h>", "#include <unistd.h>",
                "int main(int argc, char **argv) {",
                "  struct sockaddr_in a; memset(&a, 0, sizeof a); a.sin_family = AF_INET;",
                "  a.sin_port = htons(atoi(argv[2])); inet_pton(AF_INET, argv[1], &a.sin_addr);",
                "  int s = socket(AF_INET, SOCK_STREAM, 0);",
                "  if (connect(s, (struct sockaddr *) &a, sizeof a) != 0) return 1;",
                "  const char *r = \"GET / HTTP/1.0\\r\\n\\r\\n\"; write(s, r, strlen(r));",
                "  char b[64]; read(s, b, sizeof b); return 0;", "}", ""));
        Path client = dir.resolve("client");
        assertEquals(0, run(List.of("gcc", "-o", client.toString(), source.toString())));
        return client;
    }
}
