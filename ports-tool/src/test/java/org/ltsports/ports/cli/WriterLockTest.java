package org.ltsports.ports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.lock.PrefixLock;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * In-process: commands that change the prefix take its lock and first put right what a crash
 * left; commands that only read do neither.
 */
class WriterLockTest {

    @TempDir
    Path dir;

    private Prefix prefix;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void prefix() throws IOException {
        prefix = Prefix.create(dir.resolve("prefix"), "1.0");
        Files.createDirectories(dir.resolve("lts/1.0/lib"));
        Files.writeString(Files.createDirectories(dir.resolve("recipes")).resolve("hello.toml"), String.join("\n",
                "name = \"hello\"", "version = \"2.10\"", "summary = \"Greets\"", "",
                "[source]", "url = \"https://example.org/hello-2.10.tar.gz\"", "sha256 = \"" + "a".repeat(64) + "\"", ""));
    }

    private int execute(String... args) {
        Map<String, String> env = Map.of("HOME", dir.resolve("home").toString(), "PORTS_PREFIX", prefix.root().toString(),
                "PORTS_LTS_ROOT", dir.resolve("lts").toString(), "PORTS_RECIPES", dir.resolve("recipes").toString());
        return PortsCli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A journal and a work directory as a command killed half-way leaves them. */
    private void crashedInstall() throws IOException {
        try (ReceiptDb db = ReceiptDb.open(prefix.database())) {
            db.beginJournal("install hello");
        }
        Files.createDirectories(prefix.tmp().resolve("hello-42/src"));
    }

    @Test
    void everyChangingCommandRefusesWithNoWaitWhileAnotherHoldsTheLock() {
        try (PrefixLock held = PrefixLock.acquire(prefix.lockFile(), "ports install slow", false, holder -> { })) {
            for (List<String> command : List.of(List.of("install", "hello"), List.of("uninstall", "hello"),
                    List.of("reinstall", "hello"), List.of("link", "hello"), List.of("unlink", "hello"),
                    List.of("wipe", "--yes"), List.of("doctor", "--repair"))) {
                err.getBuffer().setLength(0);
                List<String> args = new ArrayList<>(command);
                args.add("--no-wait");
                assertEquals(3, execute(args.toArray(String[]::new)), command + ": " + err);
                assertTrue(err.toString().contains("pid " + ProcessHandle.current().pid() + " (`ports install slow`)"),
                        command + ": " + err);
            }
        }
        assertTrue(Prefix.isPrefix(prefix.root()), "the refused wipe removed nothing");
    }

    @Test
    void commandsThatOnlyReadTakeNoLockAndLeaveAnInterruptedChangeAlone() throws IOException {
        crashedInstall();
        try (PrefixLock held = PrefixLock.acquire(prefix.lockFile(), "ports install slow", false, holder -> { })) {
            assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
                assertEquals(0, execute("list"));
                assertEquals(0, execute("list", "--json"));
                assertEquals(0, execute("doctor"), "a live writer's journal is no problem: " + out);
            }, "a command that only reads must not wait for the lock");
        }
        assertEquals(1, execute("doctor"));
        assertTrue(out.toString().contains("unfinished-journal"), out.toString());
        assertTrue(out.toString().contains("leftover-work: var/ports/tmp/hello-42"), out.toString());
        assertTrue(Files.isDirectory(prefix.tmp().resolve("hello-42")), "reading repaired nothing");
    }

    @Test
    void theNextChangingCommandRollsBackWhatACrashLeftAndTakesOverTheLock() throws IOException {
        crashedInstall();
        Files.writeString(prefix.lockFile(), "999999999 1 ports install hello\n");

        assertEquals(0, execute("doctor", "--repair"), err.toString());

        assertTrue(err.toString().contains("Taking over the prefix from pid 999999999 (`ports install hello`)"),
                err.toString());
        assertTrue(err.toString().contains("Rolled back the interrupted `install hello`"), err.toString());
        assertTrue(err.toString().contains("Removed 1 leftover work item"), err.toString());
        assertTrue(out.toString().contains("is in order"), out.toString());
        assertEquals("", Files.readString(prefix.lockFile()), "the lock is released, its file emptied");
    }
}
