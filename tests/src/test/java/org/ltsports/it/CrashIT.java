package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ports process inside install, upgrade, reinstall, uninstall, link, unlink, wipe and base pin:
 * at every crash point of each in turn ({@code PORTS_TEST_CRASH_AT=<n>} makes it halt at its n-th
 * point, as a SIGKILL would stop it), with real SIGKILLs at random moments, and once more inside
 * the recovery itself. After each, {@code ports doctor --repair} must find nothing left to fix and
 * the prefix must be exactly as before the command or exactly as after it, receipts included.
 * The five scenarios run side by side, each in its own directory (other test classes do not run
 * beside them).
 */
class CrashIT {

    private static final int CRASHED = 137;

    @TempDir
    Path dir;

    private Launcher ports;
    private Path prefix;
    private Path snapshot;
    private Path src;

    @BeforeEach
    void setUp() throws Exception {
        ports = new Launcher(dir);
        prefix = ports.prefix();
        snapshot = dir.resolve("snapshot");
        Fixtures.ltsRelease(ports.ltsRoot(), "1.0");
        src = Files.createDirectories(dir.resolve("src"));
        recipe("other", "1.0", "", Map.of("bin/other", "#!/bin/sh\necho other\n",
                "share/tooldata/other.txt", "other's data\n"));
        recipe("toollib", "1.0", "", Map.of("lib/libtool.txt", "a library, as far as this test cares\n"));
        toolRecipe("1.0");
        assertEquals(0, ports.run("install", "other").exit());
    }

    /** tool needs toollib; with other installed first it splits share/tooldata, which other links whole. */
    private void toolRecipe(String version) throws Exception {
        recipe("tool", version, "[depends]\nports = [\"toollib\"]\n\n[test]\nrun = \"{prefix}/bin/tool\"\nexpect = \"tool "
                + version + "\"\n", Map.of("bin/tool", "#!/bin/sh\necho tool " + version + "\n",
                "share/tooldata/tool.txt", "tool's data " + version + "\n",
                "lib/pkgconfig/tool.pc", "Name: tool\nVersion: " + version + "\n"));
    }

    private void recipe(String name, String version, String extra, Map<String, String> files) throws Exception {
        Path tarball = Fixtures.tarball(Projects.installing(src, name, version, files));
        Files.createDirectories(ports.recipes());
        Files.writeString(ports.recipes().resolve(name + ".toml"), String.join("\n",
                "name = \"" + name + "\"", "version = \"" + version + "\"", "summary = \"" + name + " for crashes\"", "",
                "[source]", "url = \"" + tarball.toUri() + "\"", "sha256 = \"" + Fixtures.sha256(tarball) + "\"", "",
                "[build]", "system = \"make\"", "", extra, ""));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anInstallOfAKegAndItsDependencyIsAllOrNothing() throws Exception {
        int points = crashAtEveryPoint("install", "tool");
        int killed = killAtRandom(6, 20240501L, "install", "tool");
        crashInsideTheRecovery("step-done#3", "install", "tool");
        crashInsideTheRecovery("committed", "install", "tool");
        report("install", points, killed + 2);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anUpgradeAndAReinstallReplaceTheKegOrKeepTheOldOne() throws Exception {
        assertEquals(0, ports.run("install", "tool").exit());
        int reinstall = crashAtEveryPoint("reinstall", "tool");
        toolRecipe("2.0");
        int upgrade = crashAtEveryPoint("install", "tool");
        int killed = killAtRandom(4, 7L, "install", "tool");
        report("reinstall", reinstall, 0);
        report("upgrade", upgrade, killed);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anUninstallOfAKegAndItsDependencyIsAllOrNothing() throws Exception {
        assertEquals(0, ports.run("install", "tool").exit());
        int uninstall = crashAtEveryPoint("uninstall", "tool", "toollib");
        int killed = killAtRandom(4, 11L, "uninstall", "tool", "toollib");
        report("uninstall", uninstall, killed);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void unlinkLinkAndWipeHoldAtEveryPoint() throws Exception {
        assertEquals(0, ports.run("install", "tool").exit());
        int unlink = crashAtEveryPoint("unlink", "tool");
        assertEquals(0, ports.run("unlink", "tool").exit());
        int link = crashAtEveryPoint("link", "tool");
        assertEquals(0, ports.run("link", "tool").exit());
        int wipe = 0;
        for (String point : List.of("wipe-renamed", "wipe-deleting#1", "wipe-deleting#6")) {
            wipe += crashAt(point, "wipe", "--yes");
        }
        report("unlink", unlink, 0);
        report("link", link, 0);
        report("wipe", wipe, 0);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aPinRePointsAndRebuildsOrChangesNothing() throws Exception {
        for (String name : List.of("tallyho", "plain")) {
            String call = name.equals("tallyho") ? "printf(\"%s %d\\n\", tally_release(), tally_add(1, 2));" : "puts(\"plain\");";
            Path tarball = Fixtures.tarball(Fixtures.project(src, name, "1.0", Map.of(
                    "Makefile", "PREFIX ?= /usr/local\n" + name + ": " + name + ".c\n\t$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ "
                            + name + ".c $(LDFLAGS)" + (name.equals("tallyho") ? " -ltally" : "") + "\ninstall: " + name
                            + "\n\tinstall -d $(DESTDIR)$(PREFIX)/bin\n\tinstall -m 755 " + name + " $(DESTDIR)$(PREFIX)/bin/\n",
                    name + ".c", "#include <stdio.h>\n#include <tally.h>\nint main(void) { " + call + " return 0; }\n")));
            Fixtures.recipe(ports.recipes(), name, tarball.toUri().toString(), Fixtures.sha256(tarball),
                    "[build]\nsystem = \"make\"\n");
        }
        assertEquals(0, ports.run("install", "tallyho", "plain").exit());
        Fixtures.ltsRelease(ports.ltsRoot(), "2.0", 2, true); // a SONAME bump: tallyho is rebuilt, plain re-pointed
        int pin = crashAtEveryPoint("base", "pin", "2.0");
        int killed = killAtRandom(3, 13L, "base", "pin", "2.0");
        report("base pin", pin, killed);
    }

    /** Crashes {@code ports args} at each of its crash points in turn, each time from the same start; returns how many. */
    private int crashAtEveryPoint(String... args) throws Exception {
        Outcomes outcomes = outcomes(args);
        int points = 0;
        for (int n = 1; ; n++) {
            PrefixState.restore(snapshot, prefix);
            Launcher.Result crashed = ports.crashingAt(Integer.toString(n)).run(args);
            if (crashed.exit() == 0) {
                assertEquals(outcomes.after(), PrefixState.of(prefix), "a run that reaches no crash point ends as after");
                break;
            }
            assertEquals(CRASHED, crashed.exit(), crashed.toString());
            assertRepaired(outcomes, String.join(" ", args) + ", " + lastLine(crashed.err()));
            points++;
        }
        PrefixState.restore(snapshot, prefix);
        assertTrue(points > 0, "the command reached no crash point");
        return points;
    }

    /** Crashes {@code ports args} at one named crash point; returns 1. */
    private int crashAt(String point, String... args) throws Exception {
        Outcomes outcomes = outcomes(args);
        Launcher.Result crashed = ports.crashingAt(point).run(args);
        assertEquals(CRASHED, crashed.exit(), crashed.toString());
        assertRepaired(outcomes, String.join(" ", args) + ", " + lastLine(crashed.err()));
        PrefixState.restore(snapshot, prefix);
        return 1;
    }

    /**
     * Sends SIGKILL to {@code ports args} at a random moment of its usual run time (start-up, build,
     * journal, or just after), {@code times} times; a sandboxed build dies with it.
     */
    private int killAtRandom(int times, long seed, String... args) throws Exception {
        long started = System.nanoTime();
        Outcomes outcomes = outcomes(args);
        long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        Random random = new Random(seed);
        for (int i = 0; i < times; i++) {
            PrefixState.restore(snapshot, prefix);
            long delay = random.nextInt((int) Math.min(millis, Integer.MAX_VALUE) + 1);
            Process process = ports.start(dir.resolve("kill.out"), dir.resolve("kill.err"), args);
            if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly(); // SIGKILL
            }
            assertTrue(process.waitFor(5, TimeUnit.MINUTES));
            assertRepaired(outcomes, String.join(" ", args) + ", killed after " + delay + " ms (seed " + seed + ")");
        }
        PrefixState.restore(snapshot, prefix);
        return times;
    }

    /** Crashes the command at {@code point}, then the recovery at its first step, then recovers. */
    private void crashInsideTheRecovery(String point, String... args) throws Exception {
        Outcomes outcomes = outcomes(args);
        assertEquals(CRASHED, ports.crashingAt(point).run(args).exit());
        Launcher.Result recovery = ports.crashingAt("recovering#1").run("doctor", "--repair");
        assertEquals(CRASHED, recovery.exit(), recovery.toString());
        assertRepaired(outcomes, String.join(" ", args) + " at " + point + ", then its recovery at its first step");
        PrefixState.restore(snapshot, prefix);
    }

    private record Outcomes(PrefixState before, PrefixState after) {
    }

    /** Keeps the prefix as the start of each run and learns the state before and after an uninterrupted run. */
    private Outcomes outcomes(String... args) throws Exception {
        PrefixState.copy(prefix, snapshot);
        PrefixState before = PrefixState.of(prefix);
        Launcher.Result run = ports.run(args);
        assertEquals(0, run.exit(), run.toString());
        PrefixState after = PrefixState.of(prefix);
        PrefixState.restore(snapshot, prefix);
        return new Outcomes(before, after);
    }

    private void assertRepaired(Outcomes outcomes, String where) throws Exception {
        Launcher.Result repair = ports.run("doctor", "--repair");
        boolean gone = !Files.exists(prefix);
        assertEquals(gone ? 3 : 0, repair.exit(), where + ": the repair must leave nothing to report\n" + repair);
        PrefixState now = PrefixState.of(prefix);
        assertTrue(now.equals(outcomes.before()) || now.equals(outcomes.after()), where
                + ": the prefix is neither as before nor as after\nnow:    " + now + "\nbefore: " + outcomes.before()
                + "\nafter:  " + outcomes.after());
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static void report(String command, int points, int killed) {
        System.out.println("CrashIT: " + command + ": " + points + " crash points and " + killed
                + " other kills, the invariant held after each");
    }
}
