package org.ltsports.prefix.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.PrefixException;

class PrefixLockTest {
    @TempDir
    Path temp;

    private Path lockFile() {
        return temp.resolve("lock");
    }

    @Test
    void withoutWaitingALockHeldByAnotherProcessIsRefusedNamingItsPid() throws Exception {
        try (LockingProcess other = LockingProcess.start(lockFile())) {
            PrefixException e = assertThrows(PrefixException.class,
                    () -> PrefixLock.acquire(lockFile(), "ports link hello", false, holder -> { }));
            assertTrue(e.refused(), "a held lock is refused for the state (exit 3)");
            assertTrue(e.getMessage().contains("pid " + other.pid() + " (`ports install slow`)"), e.getMessage());
            assertEquals(other.pid(), PrefixLock.holder(lockFile()).orElseThrow().pid());
            assertTrue(PrefixLock.holder(lockFile()).orElseThrow().alive());
        }
    }

    @Test
    void aWaitingCommandIsToldWhoHoldsTheLockAndGetsItWhenItIsReleased() throws Exception {
        LockingProcess other = LockingProcess.start(lockFile());
        List<LockHolder> waitedFor = new CopyOnWriteArrayList<>();
        CompletableFuture<PrefixLock> waiting = CompletableFuture.supplyAsync(
                () -> PrefixLock.acquire(lockFile(), "ports uninstall hello", true, waitedFor::add));
        while (waitedFor.isEmpty()) {
            Thread.sleep(10);
        }
        assertFalse(waiting.isDone(), "it waits while the other holds the lock");
        other.close();
        try (PrefixLock lock = waiting.get(1, TimeUnit.MINUTES)) {
            assertEquals(List.of(other.pid()), waitedFor.stream().map(LockHolder::pid).toList(), "told once, naming the pid");
            assertTrue(lock.takenOver().isEmpty(), "a lock released cleanly is not taken over");
            assertEquals(ProcessHandle.current().pid(), PrefixLock.holder(lockFile()).orElseThrow().pid());
        }
        assertEquals("", Files.readString(lockFile()), "release empties the lock file");
    }

    @Test
    void theLockOfAProcessKilledWhileHoldingItIsTakenOver() throws Exception {
        LockingProcess other = LockingProcess.start(lockFile());
        other.kill();
        assertTrue(PrefixLock.holder(lockFile()).map(h -> !h.alive()).orElse(false), "the file still names the dead holder");

        try (PrefixLock lock = PrefixLock.acquire(lockFile(), "ports install hello", false, holder -> { })) {
            assertEquals(other.pid(), lock.takenOver().orElseThrow().pid());
            assertEquals("ports install slow", lock.takenOver().orElseThrow().command());
        }
    }

    @Test
    void withinOneProcessASecondCommandWaitsForTheFirst() throws Exception {
        PrefixLock first = PrefixLock.acquire(lockFile(), "ports install one", false, holder -> { });
        assertTrue(assertThrows(PrefixException.class,
                () -> PrefixLock.acquire(lockFile(), "ports install two", false, holder -> { })).refused());
        List<LockHolder> waitedFor = new CopyOnWriteArrayList<>();
        CompletableFuture<PrefixLock> second = CompletableFuture.supplyAsync(
                () -> PrefixLock.acquire(lockFile(), "ports install two", true, waitedFor::add));
        while (waitedFor.isEmpty()) {
            Thread.sleep(10);
        }
        assertEquals("ports install one", waitedFor.get(0).command());
        first.close();
        second.get(1, TimeUnit.MINUTES).close();
    }

    @Test
    void aLockFileInADirectoryThatIsGoneFailsClearly() {
        PrefixException e = assertThrows(PrefixException.class,
                () -> PrefixLock.acquire(temp.resolve("wiped/var/ports/lock"), "ports link x", true, holder -> { }));
        assertFalse(e.refused());
        assertTrue(e.getMessage().contains("the prefix is gone"), e.getMessage());
    }
}
