package org.ltsports.ports.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.jline.terminal.Terminal.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that change the prefix, run inside the shell: install and uninstall with progress, and Ctrl-C on a running command. */
class ShellCommandsTest {

    @TempDir
    Path dir;

    /** A make project installing bin/tool, packed with GNU tar, and an empty overlay LTS release to build against. */
    private ScriptedShell shellWithABuildableRecipe() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/tool-1.0"));
        Files.writeString(src.resolve("Makefile"), "PREFIX ?= /usr/local\nall:\n\t@echo nothing to build\n"
                + "install:\n\tinstall -d $(DESTDIR)$(PREFIX)/bin\n\tinstall -m 755 tool.sh $(DESTDIR)$(PREFIX)/bin/tool\n");
        Files.writeString(src.resolve("tool.sh"), "#!/bin/sh\necho tool runs\n");
        Path tarball = dir.resolve("src/tool-1.0.tar.gz");
        Process tar = new ProcessBuilder("tar", "-C", dir.resolve("src").toString(), "-czf", tarball.toString(), "tool-1.0")
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        Files.createDirectories(dir.resolve("lts/1.0/lib"));
        ScriptedShell shell = new ScriptedShell(dir);
        Path recipes = Files.createDirectories(dir.resolve("recipes"));
        Files.writeString(recipes.resolve("tool.toml"), "name = \"tool\"\nversion = \"1.0\"\nsummary = \"A tool that runs\"\n\n"
                + "[source]\nurl = \"" + tarball.toUri() + "\"\nsha256 = \"" + sha256(tarball) + "\"\n\n[build]\nsystem = \"make\"\n");
        return shell;
    }

    @Test
    void installAndUninstallRunInsideTheShellWithProgress() throws Exception {
        ScriptedShell shell = shellWithABuildableRecipe();
        String screen = shell.type("install tool\nsearch tool\nuninstall tool\nsearch tool\n");
        assertTrue(screen.contains("==> "), "install says what it does while it works:\n" + screen);
        assertTrue(screen.contains("tool 1.0\n"), "install names the keg it made:\n" + screen);
        assertTrue(screen.contains("tool  1.0  installed  A tool that runs"), screen);
        assertTrue(screen.contains("tool  1.0  A tool that runs"), "after uninstall, not installed:\n" + screen);
        assertFalse(Files.exists(shell.prefix().resolve("Cellar/tool")), "uninstalled");
        assertFalse(screen.contains("Error"), screen);
        String history = Files.readString(shell.prefix().resolve("var/ports/shell-history"));
        assertTrue(history.contains("install tool"), "the line typed before the prefix existed is kept:\n" + history);
    }

    @Test
    void ctrlCStopsTheRunningCommandAndTheShellGoesOn() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            Buffer body = new Buffer().write(new byte[1 << 20]);
            server.enqueue(new MockResponse().setBody(body).throttleBody(1024, 1, TimeUnit.SECONDS));
            server.start();
            ScriptedShell shell = new ScriptedShell(dir)
                    .recipe("slow", "1.0", "Takes its time", server.url("/slow-1.0.tar.gz").toString())
                    .recipe("hello", "2.10", "Greets");
            CompletableFuture<String> session = CompletableFuture.supplyAsync(() -> shell.type("fetch slow\ninfo hello\n"));

            assertNotNull(server.takeRequest(30, TimeUnit.SECONDS), "the download started");
            shell.terminal().raise(Signal.INT);

            String screen = session.get(60, TimeUnit.SECONDS);
            assertTrue(screen.contains("Error: fetching was interrupted"), screen);
            String after = screen.substring(screen.indexOf("Error: fetching was interrupted"));
            assertTrue(after.contains("\nports [1]> ") && after.contains("hello: 2.10"),
                    "the shell goes on with the next line:\n" + screen);
            assertEquals(List.of(), Files.exists(dir.resolve("cache")) ? files(dir.resolve("cache")) : List.of(),
                    "nothing half-downloaded is kept as a cache entry");
        }
    }

    private static List<String> files(Path dir) throws Exception {
        try (var stream = Files.walk(dir)) {
            return stream.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".part")).toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
