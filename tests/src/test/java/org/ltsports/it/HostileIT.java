package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus through the packaged launcher: archives, servers, recipes, builds and
 * wipes that try to write, reach or remove what they must not. Each is refused with a clear
 * message (or survived, where that is right), and afterwards every file under the test's
 * directory (the prefix, the cache, a home, an LTS release, trees beside them) is as it was.
 * The cases the unit tests already cover in depth (a decompression bomb, a stalled server,
 * {@code ..} entries, cycles, ...) are not repeated here.
 */
class HostileIT {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    @TempDir
    Path dir;

    private Launcher ports;
    private Path src;
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger cases = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        ports = new Launcher(dir);
        Fixtures.ltsRelease(ports.ltsRoot(), "1.0");
        src = Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("home"));
        Path anchor = Fixtures.tarball(Projects.script(src, "anchor", "anchor runs"));
        Fixtures.recipe(ports.recipes(), "anchor", anchor.toUri().toString(), Fixtures.sha256(anchor),
                "[build]\nsystem = \"make\"\n");
        assertEquals(0, ports.run("install", "anchor").exit(), "a prefix with a keg in it to keep");
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    @Test
    void hostileArchivesAreRefusedAndWriteNothing() throws Exception {
        Path outside = dir.resolve("outside");
        refusedArchive("absolute", new Tarball().file(outside.resolve("evil.txt").toString(), "escaped", 0644),
                "absolute path");
        refusedArchive("writethrough", new Tarball().file("writethrough-1.0/Makefile", "all:\n", 0644)
                .symlink("writethrough-1.0/here", ".").file("writethrough-1.0/here/evil", "x", 0644), "through the symlink");
        refusedArchive("hardlink", new Tarball().file("hardlink-1.0/Makefile", "all:\n", 0644)
                .hardlink("hardlink-1.0/passwd", "../../../../etc/passwd"), "hardlink-1.0/passwd");
        refusedArchive("device", new Tarball().file("device-1.0/Makefile", "all:\n", 0644)
                .characterDevice("device-1.0/null"), "device-1.0/null");
        refusedArchive("duplicate", new Tarball().file("duplicate-1.0/Makefile", "all:\n", 0644)
                .file("duplicate-1.0/Makefile", "install:\n\trm -rf $(HOME)\n", 0644), "duplicate");
        assertFalse(Files.exists(outside), "nothing was written outside");

        Path setuid = new Tarball().file("setuid-1.0/Makefile", String.join("\n", "PREFIX ?= /usr/local", "all:",
                        "install:", "\ttest ! -u tool.sh", "\tinstall -D -m 755 tool.sh $(DESTDIR)$(PREFIX)/bin/setuid", ""), 0644)
                .file("setuid-1.0/tool.sh", "#!/bin/sh\necho set\n", 04755).write(src.resolve("setuid-1.0.tar.gz"));
        Fixtures.recipe(ports.recipes(), "setuid", setuid.toUri().toString(), Fixtures.sha256(setuid),
                "[build]\nsystem = \"make\"\n");
        Launcher.Result installed = ports.run("install", "setuid");
        assertEquals(0, installed.exit(), "the setuid bit is stripped when unpacking, so `test ! -u` passes: " + installed);
        assertEquals("set\n", ports.exec(List.of(ports.prefix().resolve("bin/setuid").toString())).out());
        cases.incrementAndGet();
        report("archives");
    }

    private void refusedArchive(String name, Tarball archive, String why) throws Exception {
        Path tarball = archive.write(src.resolve(name + "-1.0.tar.gz"));
        Fixtures.recipe(ports.recipes(), name, tarball.toUri().toString(), Fixtures.sha256(tarball),
                "[build]\nsystem = \"make\"\n");
        refused(4, why, List.of("cache/"), "install", name);
    }

    @Test
    void hostileServersAreRefusedOrSurvivedAndLeaveNoPartialDownload() throws Exception {
        Path good = Fixtures.tarball(Projects.script(src, "served", "served runs"));
        byte[] body = Files.readAllBytes(good);
        Path other = Fixtures.tarball(Projects.script(src, "resumed", "resumed runs"));
        byte[] cut = Files.readAllBytes(other);
        AtomicInteger failures = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath();
                if (path.startsWith("/missing/")) {
                    return new MockResponse().setResponseCode(404);
                }
                if (path.startsWith("/loop/")) {
                    return new MockResponse().setResponseCode(302).setHeader("Location", path);
                }
                if (path.startsWith("/flaky/") && failures.getAndIncrement() == 0) {
                    return new MockResponse().setResponseCode(500);
                }
                if (path.startsWith("/cut/")) {
                    String range = request.getHeader("Range");
                    if (range == null) {
                        return new MockResponse().setBody(new Buffer().write(cut))
                                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
                    }
                    Matcher m = RANGE.matcher(range);
                    int from = m.matches() ? Integer.parseInt(m.group(1)) : 0;
                    return new MockResponse().setResponseCode(206)
                            .setHeader("Content-Range", "bytes " + from + "-" + (cut.length - 1) + "/" + cut.length)
                            .setBody(new Buffer().write(cut, from, cut.length - from));
                }
                return new MockResponse().setBody(new Buffer().write(body));
            }
        });
        server.start();
        String sha = Fixtures.sha256(good);
        served("missing", sha);
        refused(1, "404", List.of(), "install", "missing");
        served("loop", sha);
        refused(1, "redirect", List.of(), "install", "loop");
        served("tampered", "0".repeat(64));
        refused(4, "checksum mismatch", List.of(), "install", "tampered");

        served("flaky", sha);
        assertEquals(0, ports.run("install", "flaky").exit(), "a server error is retried");
        served("cut", Fixtures.sha256(other));
        Launcher.Result resumedInstall = ports.run("install", "cut");
        assertEquals(0, resumedInstall.exit(), "a body cut short is resumed: " + resumedInstall);
        boolean resumed = false;
        for (int i = server.getRequestCount(); i > 0; i--) {
            RecordedRequest request = server.takeRequest();
            resumed |= request.getPath().startsWith("/cut/") && request.getHeader("Range") != null;
        }
        assertTrue(resumed, "the cut download went on with a range request");
        assertEquals("resumed runs\n", ports.exec(List.of(ports.prefix().resolve("bin/resumed").toString())).out());
        cases.addAndGet(2);
        report("HTTP");
    }

    private void served(String name, String sha) throws IOException {
        Fixtures.recipe(ports.recipes(), name, server.url("/" + name + "/served-1.0.tar.gz").toString(), sha,
                "[build]\nsystem = \"make\"\n");
    }

    @Test
    void hostileRecipesAreRefusedWithFileLineAndFieldAndWriteNothing() throws Exception {
        Path recipes = ports.recipes();
        Files.writeString(recipes.resolve("syntax.toml"), "name = \"syntax\"\nversion = \"1.0\n");
        refused(1, "syntax.toml:2", List.of(), "install", "syntax");
        Fixtures.recipe(recipes, "typed", "https://example.org/t.tar.gz", "a".repeat(64), "[depends]\nports = \"anchor\"\n");
        refused(1, "typed.toml:", List.of(), "install", "typed");
        Fixtures.recipe(recipes, "unknown", "https://example.org/u.tar.gz", "a".repeat(64), "summry = \"typo\"\n");
        refused(1, "summry", List.of(), "install", "unknown");
        Fixtures.recipe(recipes, "slashed", "https://example.org/s.tar.gz", "a".repeat(64), "");
        Files.writeString(recipes.resolve("slashed.toml"),
                Files.readString(recipes.resolve("slashed.toml")).replace("name = \"slashed\"", "name = \"../slashed\""));
        refused(1, "slashed.toml:1: name", List.of(), "install", "slashed");
        refused(1, "../../etc/passwd", List.of(), "install", "../../etc/passwd");
        report("recipes");
    }

    @Test
    void buildsThatWriteOutsideTheirWorkOrReachTheNetworkFailAndWriteNothing() throws Exception {
        if (!Bubblewrap.works()) {
            Launcher.Result result = ports.run("reinstall", "anchor");
            assertEquals(1, result.err().lines().filter(l -> l.startsWith("Warning: builds run without a sandbox")).count(),
                    "without a working bubblewrap, one warning: " + result);
            return;
        }
        Path home = dir.resolve("home");
        for (Map.Entry<String, Path> target : Map.of("homewriter", home.resolve("planted"),
                "binwriter", ports.prefix().resolve("bin/planted"),
                "ltswriter", ports.ltsRoot().resolve("1.0/lib/planted")).entrySet()) {
            scriptRecipe(target.getKey(), "echo planted > " + target.getValue(), Map.of());
            refused(1, "Read-only file system", List.of("prefix/var/ports/logs/", "cache/"), "install", target.getKey());
            assertFalse(Files.exists(target.getValue()), target.getValue() + " was not written");
        }
        server.enqueue(new MockResponse().setBody("the network answered"));
        server.start();
        scriptRecipe("fetcher", "cc -o probe probe.c && ./probe 127.0.0.1 " + server.getPort(), Map.of("probe.c",
                String.join("\n", "#include <arpa/inet.h>", "#include <stdlib.h>", "#include <string.h>",
                        "int main(int c, char **v) { struct sockaddr_in a; memset(&a, 0, sizeof a);",
                        "  a.sin_family = AF_INET; a.sin_port = htons(atoi(v[2])); inet_pton(AF_INET, v[1], &a.sin_addr);",
                        "  int s = socket(AF_INET, SOCK_STREAM, 0);",
                        "  return connect(s, (struct sockaddr *) &a, sizeof a) == 0 ? 0 : 1; }", "")));
        refused(1, "`script` exited with 1", List.of("prefix/var/ports/logs/", "cache/"), "install", "fetcher");
        assertEquals(0, server.getRequestCount(), "the build reached no server, not even on loopback");
        report("builds");
    }

    private void scriptRecipe(String name, String script, Map<String, String> files) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(files);
        all.put("README", name + "\n");
        Path tarball = Fixtures.tarball(Fixtures.project(src, name, "1.0", all));
        Fixtures.recipe(ports.recipes(), name, tarball.toUri().toString(), Fixtures.sha256(tarball),
                "[build]\nsystem = \"script\"\nscript = [\"" + script.replace("\"", "\\\"") + "\"]\n");
    }

    @Test
    void wipesOfWhatIsNotAPrefixAreRefusedAndRemoveNothing() throws Exception {
        String marker = Files.readString(ports.prefix().resolve(".ports-prefix"));
        Launcher.Result root = ports.withEnv("PORTS_PREFIX", "/").run("wipe", "--dry-run"); // never the real thing
        assertEquals(3, root.exit(), root.toString());
        assertTrue(root.err().contains("root directory"), root.err());
        cases.incrementAndGet();

        Path home = dir.resolve("home");
        Files.writeString(home.resolve(".ports-prefix"), marker);
        wipeRefused(home, "home directory");

        Path tree = Files.createDirectories(dir.resolve("work"));
        Files.writeString(Files.createDirectories(tree.resolve("Documents")).resolve("thesis.tex"), "years of work");
        Files.writeString(tree.resolve(".ports-prefix"), marker);
        wipeRefused(tree, "Documents");

        Path keg = ports.prefix().resolve("Cellar/anchor/1.0");
        Files.writeString(keg.resolve(".ports-prefix"), marker);
        wipeRefused(keg, "inside the prefix " + ports.prefix());
        report("wipes");
    }

    private void wipeRefused(Path target, String why) throws Exception {
        List<String> before = Fixtures.listing(dir);
        Launcher.Result result = ports.withEnv("PORTS_PREFIX", target.toString()).run("wipe", "--yes");
        assertEquals(3, result.exit(), result.toString());
        assertTrue(result.err().contains(why), result.err());
        assertEquals(before, Fixtures.listing(dir), "nothing was removed");
        cases.incrementAndGet();
    }

    /** Runs the command, expects the exit code and message, and that nothing under the test's directory changed. */
    private void refused(int exit, String message, List<String> mayChange, String... args) throws Exception {
        List<String> before = everything(mayChange);
        Launcher.Result result = ports.run(args);
        assertEquals(exit, result.exit(), result.toString());
        assertTrue(result.err().contains(message), "the message names the problem (" + message + "): " + result.err());
        assertEquals(1, result.err().lines().filter(l -> l.startsWith("Error: ")).count(), "one clear error: " + result);
        assertEquals(before, everything(mayChange), String.join(" ", args) + " wrote nothing");
        cases.incrementAndGet();
    }

    /** Every path under the test's directory, but the database files and what {@code mayChange} names. */
    private List<String> everything(List<String> mayChange) throws IOException {
        return Fixtures.listing(dir).stream()
                .filter(p -> !p.startsWith("prefix/var/ports/ports.db"))
                .filter(p -> mayChange.stream().noneMatch(p::startsWith))
                .toList();
    }

    private void report(String kind) {
        System.out.println("HostileIT: " + cases + " hostile " + kind + " cases, each refused or survived, nothing lost");
    }
}
