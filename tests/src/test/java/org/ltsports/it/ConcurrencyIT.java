package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several ports processes on one prefix: one writer at a time, the others wait or give up, nothing is lost. */
class ConcurrencyIT {

    @TempDir
    Path dir;

    private Launcher ports;
    private Path src;
    private Path go;

    @BeforeEach
    void setUp() throws Exception {
        ports = new Launcher(dir);
        Fixtures.ltsRelease(ports.ltsRoot(), "1.0");
        src = Files.createDirectories(dir.resolve("src"));
        go = dir.resolve("go");
        recipe("common", "", Map.of("lib/common.txt", "shared\n"));
        for (String name : List.of("a", "b", "c", "d")) {
            recipe(name, "[depends]\nports = [\"common\"]\n", Map.of("bin/" + name, "#!/bin/sh\necho " + name + "\n",
                    "share/doc/" + name + "/README", name + "\n"));
        }
        // gate's build waits (a minute at most) until the test creates the file go
        recipe("gate", "script = [\"i=0; while [ ! -e " + go + " ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done\"]\n",
                Map.of("bin/gate", "#!/bin/sh\necho gate\n"));
    }

    private void recipe(String name, String extra, Map<String, String> files) throws Exception {
        Path tarball = Fixtures.tarball(Projects.installing(src, name, "1.0", files));
        String build = extra.startsWith("script") ? "[build]\nsystem = \"make\"\n" + extra : "[build]\nsystem = \"make\"\n\n" + extra;
        Fixtures.recipe(ports.recipes(), name, tarball.toUri().toString(), Fixtures.sha256(tarball), build);
    }

    @Test
    void fourProcessesInstallingAndUninstallingOnOnePrefixLeaveItConsistent() throws Exception {
        int rounds = 3;
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger waited = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> workers = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            workers.add(pool.submit(() -> {
                List<String> failures = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    for (List<String> command : List.of(List.of("install", name), List.of("uninstall", name),
                            List.of("uninstall", "common"))) {
                        if (command.get(1).equals("common") && !name.equals("a")) {
                            continue;
                        }
                        Launcher.Result result = ports.run(command.toArray(String[]::new));
                        runs.incrementAndGet();
                        if (result.err().contains("==> Waiting for pid ")) {
                            waited.incrementAndGet();
                        }
                        boolean refusedForDependents = command.get(1).equals("common") && result.exit() == 3
                                && result.err().contains("it is required by");
                        if (result.exit() != 0 && !refusedForDependents) {
                            failures.add(command + " " + result);
                        }
                    }
                }
                return failures;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "the workers finished");
        for (Future<List<String>> worker : workers) {
            assertEquals(List.of(), worker.get());
        }

        Launcher.Result doctor = ports.run("doctor");
        assertEquals(0, doctor.exit(), doctor.toString());
        String list = ports.run("list").out();
        assertTrue(list.equals("") || list.equals("common 1.0\n"), "every port was uninstalled again: " + list);
        PrefixState state = PrefixState.of(ports.prefix());
        assertEquals(List.of("var/ports/tmp/"), state.files().stream().filter(f -> f.startsWith("var/ports/tmp/")).toList(),
                "no work is left");
        assertFalse(state.receipts().stream().anyMatch(r -> r.startsWith("journal")), "no journal is left: " + state);
        System.out.println("ConcurrencyIT: " + runs + " runs by 4 processes on one prefix (" + waited
                + " of them waited for the lock), nothing lost");
    }

    @Test
    void aSecondWriterWaitsNamingTheHolderOrWithNoWaitFailsWithThree() throws Exception {
        Process gate = ports.start(dir.resolve("gate.out"), dir.resolve("gate.err"), "install", "gate");
        try {
            awaitLockHeldBy(gate.pid());

            Launcher.Result refused = ports.run("install", "--no-wait", "a");
            assertEquals(3, refused.exit(), refused.toString());
            assertTrue(refused.err().contains("pid " + gate.pid() + " (`ports install gate`)"), refused.err());
            assertTrue(refused.err().contains("--no-wait"), refused.err());

            Launcher.Result list = ports.run("list");
            assertEquals(0, list.exit(), "a command that only reads does not wait: " + list);

            Path waiterErr = dir.resolve("waiter.err");
            Process waiter = ports.start(dir.resolve("waiter.out"), waiterErr, "install", "a");
            while (!Files.readString(waiterErr).contains("==> Waiting for pid " + gate.pid())) {
                assertTrue(waiter.isAlive(), "the second writer waits: " + Files.readString(waiterErr));
                Thread.sleep(50);
            }
            Files.writeString(go, "");
            assertEquals(0, gate.waitFor(), Files.readString(dir.resolve("gate.err")));
            assertEquals(0, waiter.waitFor(), Files.readString(waiterErr));
        } finally {
            Files.writeString(go, "");
            gate.destroyForcibly();
        }
        assertEquals("a 1.0\ncommon 1.0\ngate 1.0\n", ports.run("list").out());
        assertEquals(0, ports.run("doctor").exit());
    }

    @Test
    void theLockOfAWriterKilledMidBuildIsTakenOverAndItsWorkRemoved() throws Exception {
        Process gate = ports.start(dir.resolve("gate.out"), dir.resolve("gate.err"), "install", "gate");
        awaitLockHeldBy(gate.pid());
        while (!Files.readString(dir.resolve("gate.err")).contains("==> make")) {
            Thread.sleep(50); // its build has begun
        }
        gate.destroyForcibly();
        gate.waitFor();
        Launcher.Result doctor = ports.run("doctor");
        assertEquals(1, doctor.exit(), "the dead writer's work is reported: " + doctor);
        assertTrue(doctor.out().contains("leftover-work: var/ports/tmp/gate-"), doctor.out());

        Launcher.Result next = ports.run("install", "a");

        assertEquals(0, next.exit(), next.toString());
        assertTrue(next.err().contains("==> Taking over the prefix from pid " + gate.pid() + " (`ports install gate`)"),
                next.err());
        assertTrue(next.err().contains("==> Rolled back the interrupted `install gate`")
                || next.err().contains("leftover work"), next.err());
        assertEquals(0, ports.run("doctor").exit());
        assertEquals("a 1.0\ncommon 1.0\n", ports.run("list").out());
    }

    private void awaitLockHeldBy(long pid) throws Exception {
        Path lock = ports.prefix().resolve("var/ports/lock");
        while (!Files.exists(lock) || !Files.readString(lock).startsWith(pid + " ")) {
            Thread.sleep(50);
        }
    }
}
