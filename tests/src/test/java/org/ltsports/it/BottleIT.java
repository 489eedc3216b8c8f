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

/**
 * Bottles between machines: kegs built in one prefix are bottled with `ports bottle --all`, the
 * directory is served over HTTP on loopback (or used as a directory), and another prefix at
 * another, shorter path, with its LTS root elsewhere, pours them instead of building.
 */
class BottleIT {

    private static final String ARCH = System.getProperty("os.arch").equals("amd64") ? "x86_64"
            : System.getProperty("os.arch");

    @TempDir
    Path dir;

    private Path recipes;
    private Path bottles;

    @BeforeEach
    void setUp() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        recipes = dir.resolve("recipes");
        Path one = Fixtures.tarball(Projects.libone(src));
        Path motd = Fixtures.tarball(Projects.motd(src));
        Fixtures.recipe(recipes, "libone", one.toUri().toString(), Fixtures.sha256(one), "[build]\nsystem = \"cmake\"\n");
        Fixtures.recipe(recipes, "motd", motd.toUri().toString(), Fixtures.sha256(motd), String.join("\n",
                "[depends]", "ports = [\"libone\"]", "base = [\"tally\"]", "", "[build]", "system = \"make\"", "",
                "[test]", "run = \"{prefix}/bin/motd\"", "expect = \"message of the day\""));

        Launcher builder = machine("a", "1.0")
                .with("PORTS_PREFIX", dir.resolve("a/the-prefix-where-bottles-are-built").toString());
        Launcher.Result install = builder.run("install", "motd");
        assertEquals(0, install.exit(), install.toString());
        bottles = dir.resolve("bottles");
        Launcher.Result bottle = builder.run("bottle", "--all", "--output", bottles.toString());
        assertEquals(0, bottle.exit(), bottle.toString());
        assertEquals(List.of(bottles.resolve(bottleName("libone")).toString(), bottles.resolve(bottleName("motd")).toString()),
                bottle.out().lines().sorted().toList());
        assertTrue(Files.isRegularFile(bottles.resolve("index.json")), bottle.toString());
        String sidecar = Files.readString(bottles.resolve(bottleName("motd") + ".json"));
        assertTrue(sidecar.contains("\"kind\": \"EMBEDDED\""), "motd has its prefix compiled in: " + sidecar);
        assertTrue(sidecar.matches("(?s).*\"abiTags\": \\{\\s*\"libtally.so.1\": \"none\".*"),
                "the base components it loads, with their ABI tags: " + sidecar);
        assertEquals(0, builder.run("wipe", "--yes").exit(), "the bottles need nothing of the prefix they came from");
    }

    /** A machine of its own under {@code dir/<name>}: prefix, LTS root (with {@code release}), cache, home. */
    private Launcher machine(String name, String release) throws Exception {
        Launcher ports = new Launcher(dir.resolve(name)).with("PORTS_RECIPES", recipes.toString());
        Fixtures.ltsRelease(ports.ltsRoot(), release);
        return ports;
    }

    private static String bottleName(String name) {
        return name + "--1.0.lts-1.0." + ARCH + ".bottle.tar.gz";
    }

    @Test
    void aBottleServedOverHttpPoursIntoAShorterPrefixElsewhereAndItsProgramRuns() throws Exception {
        try (StaticServer server = new StaticServer(bottles)) {
            Launcher ports = machine("b", "1.0").with("PORTS_BOTTLE_ROOT", server.url()).with("PORTS_CACHE", "");
            List<String> before = outsideThePrefix(ports);

            Launcher.Result fromSource = ports.run("install", "--dry-run", "--build-from-source", "motd");
            assertEquals(List.of("Would install libone 1.0 (dependency): build", "Would install motd 1.0: build"),
                    fromSource.out().lines().toList(), fromSource.toString());
            Launcher.Result dryRun = ports.run("install", "--dry-run", "motd");
            assertEquals(List.of("Would install libone 1.0 (dependency): pour " + bottleName("libone"),
                    "Would install motd 1.0: pour " + bottleName("motd")), dryRun.out().lines().toList(), dryRun.toString());

            Launcher.Result install = ports.run("install", "motd");
            assertEquals(0, install.exit(), install.toString());
            assertTrue(install.err().contains("==> Pouring " + bottleName("motd")), install.err());
            assertFalse(install.err().contains("Unpacking"), "nothing is built: " + install.err());
            assertTrue(server.requested().containsAll(List.of("index.json", bottleName("motd"), bottleName("motd") + ".json")),
                    server.requested().toString());

            Path program = ports.prefix().resolve("bin/motd");
            Launcher.Result run = ports.exec(List.of(program.toString()));
            assertEquals("message of the day\nread from " + ports.prefix().resolve("Cellar/motd/1.0/share/motd/motd.txt")
                    + " one=1 release=1.0\n", run.out(), "the path compiled into the program is this prefix's: " + run);
            String dynamic = ports.exec(List.of("readelf", "-d", program.toString())).out();
            assertTrue(dynamic.contains(ports.prefix().resolve("opt/libone/lib") + ":" + ports.ltsRoot().resolve("1.0/lib")),
                    dynamic);
            assertFalse(dynamic.contains("the-prefix-where-bottles-are-built"), dynamic);

            Launcher.Result list = ports.run("list", "--json");
            assertTrue(list.out().matches("(?s).*\"name\": \"libone\".*\"installed_on_request\": false.*"), list.out());
            assertTrue(list.out().matches("(?s).*\"name\": \"motd\".*\"installed_on_request\": true.*"), list.out());
            assertEquals(0, ports.run("doctor").exit());
            assertEquals(before, outsideThePrefix(ports), "pouring writes nothing outside the prefix");
        }
    }

    @Test
    void aTamperedBottleIsRefusedAndNothingIsInstalled() throws Exception {
        Path bottle = bottles.resolve(bottleName("motd"));
        byte[] bytes = Files.readAllBytes(bottle);
        bytes[bytes.length / 2] ^= 1;
        Files.write(bottle, bytes);
        try (StaticServer server = new StaticServer(bottles)) {
            Launcher overHttp = machine("c", "1.0").with("PORTS_BOTTLE_ROOT", server.url());
            Launcher.Result refused = overHttp.run("install", "motd");
            assertEquals(4, refused.exit(), refused.toString());
            assertTrue(refused.err().contains(bottleName("motd")), refused.err());
            assertEquals(List.of(), Fixtures.listing(overHttp.prefix().resolve("Cellar")), "nothing is installed");
            assertEquals("", overHttp.run("list").out());
        }
        Launcher fromDirectory = machine("d", "1.0").with("PORTS_BOTTLE_ROOT", bottles.toString());
        Launcher.Result refused = fromDirectory.run("install", "motd");
        assertEquals(4, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("tampered"), refused.err());
        assertEquals(List.of(), Fixtures.listing(fromDirectory.prefix().resolve("Cellar")), "nothing is installed");
    }

    @Test
    void aBottleForAnotherReleaseIsNotPouredTheReasonIsShownAndTheKegIsBuilt() throws Exception {
        Launcher ports = machine("e", "2.0").with("PORTS_BOTTLE_ROOT", bottles.toString());

        Launcher.Result dryRun = ports.run("install", "--dry-run", "motd");
        assertEquals(List.of("Would install libone 1.0 (dependency): build", "Would install motd 1.0: build"),
                dryRun.out().lines().toList(), dryRun.toString());
        assertTrue(dryRun.err().contains("==> Not pouring motd: built for lts-1.0; this prefix pins 2.0"), dryRun.err());

        Launcher.Result install = ports.run("install", "motd");
        assertEquals(0, install.exit(), install.toString());
        String log = install.err();
        assertTrue(log.contains("==> Not pouring motd: built for lts-1.0; this prefix pins 2.0"), log);
        assertTrue(log.indexOf("Not pouring motd") < log.indexOf("Installing motd 1.0 against LTS 2.0"), log);
        Launcher.Result run = ports.exec(List.of(ports.prefix().resolve("bin/motd").toString()));
        assertTrue(run.out().endsWith(" one=1 release=2.0\n"), run.toString());
    }

    /** Everything under the machine's directory that is not the prefix. */
    private static List<String> outsideThePrefix(Launcher ports) throws Exception {
        Path machine = ports.prefix().getParent();
        String prefix = machine.relativize(ports.prefix()).toString();
        return Fixtures.listing(machine).stream().filter(p -> !p.equals(prefix + "/") && !p.startsWith(prefix + "/"))
                .toList();
    }
}
