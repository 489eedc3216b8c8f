package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installs real C projects with the packaged launcher: fetched over HTTP and file URLs, built with gcc. */
class InstallIT {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private Launcher ports;

    @BeforeEach
    void setUp() throws Exception {
        ports = new Launcher(dir);
        Fixtures.ltsRelease(ports.ltsRoot(), "1.0");
        Path src = Files.createDirectories(dir.resolve("src"));
        Path one = Fixtures.tarball(Projects.libone(src));
        Path two = Fixtures.tarball(Projects.libtwo(src));
        Path countdown = Fixtures.tarball(Projects.countdown(src));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                Path file = src.resolve(request.getPath().substring(1));
                if (!Files.isRegularFile(file)) {
                    return new MockResponse().setResponseCode(404);
                }
                try {
                    return new MockResponse().setBody(new Buffer().write(Files.readAllBytes(file)));
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(500);
                }
            }
        });
        server.start();
        Fixtures.recipe(ports.recipes(), "libone", server.url("/libone-1.0.tar.gz").toString(),
                Fixtures.sha256(one), "[build]\nsystem = \"cmake\"\n");
        Fixtures.recipe(ports.recipes(), "libtwo", two.toUri().toString(), Fixtures.sha256(two),
                "[depends]\nports = [\"libone\"]\n\n[build]\nsystem = \"make\"\n");
        Fixtures.recipe(ports.recipes(), "countdown", server.url("/countdown-1.0.tar.gz").toString(),
                Fixtures.sha256(countdown), String.join("\n",
                        "[depends]", "ports = [\"libtwo\"]", "base = [\"tally\"]", "",
                        "[build]", "system = \"autotools\"", "",
                        "[test]", "run = \"{prefix}/bin/countdown\"", "expect = \"sum=3\""));
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void aChainOfThreeRecipesIsBuiltInDependencyOrderAndItsProgramRuns() throws Exception {
        Launcher.Result dryRun = ports.run("install", "--dry-run", "countdown");
        assertEquals(0, dryRun.exit(), dryRun.toString());
        assertEquals(List.of("Would install libone 1.0 (dependency): build",
                "Would install libtwo 1.0 (dependency): build", "Would install countdown 1.0: build"),
                dryRun.out().lines().toList());
        assertFalse(Files.exists(ports.prefix()), "a dry run creates nothing");

        Launcher.Result install = ports.run("install", "countdown");
        assertEquals(0, install.exit(), install.toString());
        String log = install.err();
        assertTrue(log.indexOf("Installing libone") < log.indexOf("Installing libtwo")
                && log.indexOf("Installing libtwo") < log.indexOf("Installing countdown"), log);

        Launcher.Result run = ports.exec(List.of(ports.prefix().resolve("bin/countdown").toString()));
        assertEquals("two=2 release=1.0 sum=3\n", run.out(), run.toString());

        String dynamic = ports.exec(List.of("readelf", "-d", ports.prefix().resolve("bin/countdown").toString())).out();
        assertTrue(dynamic.contains("(RPATH)"), "bound with DT_RPATH, not DT_RUNPATH:\n" + dynamic);
        assertTrue(dynamic.contains(ports.prefix().resolve("opt/libtwo/lib").toString()), dynamic);
        assertTrue(dynamic.contains(ports.ltsRoot().resolve("1.0/lib").toString()), dynamic);

        assertEquals(Path.of("../Cellar/libtwo/1.0"), Files.readSymbolicLink(ports.prefix().resolve("opt/libtwo")));
        assertTrue(Files.isSymbolicLink(ports.prefix().resolve("bin/countdown")));
        assertTrue(Files.isSymbolicLink(ports.prefix().resolve("lib/libone.so.1")));
        assertTrue(Files.isRegularFile(ports.prefix().resolve("share/doc/libtwo/README")));

        Launcher.Result list = ports.run("list", "--json");
        assertEquals(0, list.exit(), list.toString());
        assertTrue(list.out().contains("\"name\": \"countdown\""), list.out());
        assertTrue(list.out().matches("(?s).*\"name\": \"countdown\".*\"installed_on_request\": true.*"), list.out());
        assertTrue(list.out().matches("(?s).*\"name\": \"libone\".*\"installed_on_request\": false.*"), list.out());

        Launcher.Result uses = ports.run("uses", "--installed", "--recursive", "libone");
        assertEquals(List.of("countdown", "libtwo"), uses.out().lines().toList(), uses.toString());
    }

    @Test
    void uninstallIsRefusedWhileDependentsAreInstalled() throws Exception {
        assertEquals(0, ports.run("install", "countdown").exit());
        List<String> before = Fixtures.listing(ports.prefix().resolve("Cellar"));

        Launcher.Result refused = ports.run("uninstall", "libtwo");
        assertEquals(3, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("required by countdown"), refused.err());
        assertEquals(before, Fixtures.listing(ports.prefix().resolve("Cellar")), "a refusal changes nothing");

        assertEquals(0, ports.run("uninstall", "countdown").exit());
        assertEquals(0, ports.run("uninstall", "libtwo", "libone").exit());
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("bin")));
        assertFalse(Files.exists(ports.prefix().resolve("opt/libone")));
        assertFalse(Files.exists(ports.prefix().resolve("share/doc/libtwo")));
        Launcher.Result doctor = ports.run("doctor");
        assertEquals(0, doctor.exit(), doctor.toString());
        assertEquals("", ports.run("list").out());
    }

    @Test
    void infoShowsTheRecipeAndTheInstalledKeg() throws Exception {
        assertEquals(0, ports.run("install", "libone").exit());
        Launcher.Result info = ports.run("info", "libone");
        assertEquals(0, info.exit(), info.toString());
        assertTrue(info.out().startsWith("libone: 1.0\n"), info.out());
        assertTrue(info.out().contains("Installed: " + ports.prefix().resolve("Cellar/libone/1.0")), info.out());
        assertTrue(info.out().contains("Built against LTS 1.0"), info.out());
        Launcher.Result json = ports.run("info", "--json", "libtwo");
        assertTrue(json.out().contains("\"installed\": null"), json.out());
    }
}
