package org.ltsports.prefix.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;
import org.ltsports.prefix.receipt.ReceiptDb;
import org.ltsports.prefix.receipt.StoredJournal;
import org.ltsports.prefix.receipt.StoredJournal.StoredStep;

/** Journals in a real prefix with a real ports.db: commit, roll-back, savepoints, and recovery after a crash. */
class JournalTest {
    @TempDir
    Path temp;

    private Prefix prefix;
    private ReceiptDb db;

    @BeforeEach
    void open() throws Exception {
        prefix = Prefix.create(temp.resolve("prefix"), "1.0");
        db = ReceiptDb.open(prefix.database());
        Files.writeString(Files.createDirectories(prefix.tmp().resolve("build-1/stage")).resolve("hello"), "new keg");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Receipt receipt(String name) {
        return new Receipt(name, "2.10", 0, "Cellar/" + name + "/2.10", true, Instant.now(), "1.0", null, null,
                List.of(), List.of(), List.of("hello"), List.of("bin/hello"));
    }

    private List<Step> install() {
        return List.of(new Step.MakeDir("Cellar/hello"),
                new Step.Move("var/ports/tmp/build-1/stage", "Cellar/hello/2.10"),
                new Step.MakeDir("bin"),
                new Step.Symlink("bin/hello", "../Cellar/hello/2.10/hello"));
    }

    private String withoutTmp() throws Exception {
        return Listing.entries(prefix.root()).stream().filter(e -> !e.startsWith("var/ports/tmp/"))
                .filter(e -> !e.startsWith("var/ports/ports.db")).toList().toString();
    }

    @Test
    void stepsAreWrittenDownBeforeTheyAreMadeAndTheCommitRecordsTheReceipt() throws Exception {
        try (Journal journal = Journal.begin(prefix, db, "install hello")) {
            journal.perform(install());
            StoredJournal stored = db.unfinishedJournals().get(0);
            assertEquals("install hello", stored.command());
            assertFalse(stored.committed());
            assertEquals(List.of("mkdir", "move", "mkdir", "symlink"), stored.steps().stream().map(StoredStep::kind).toList());
            journal.commit(List.of(new ReceiptChange.Record(receipt("hello"))));
        }
        assertEquals("new keg", Files.readString(prefix.root().resolve("bin/hello")));
        assertTrue(db.find("hello").isPresent());
        assertEquals(List.of(), db.unfinishedJournals(), "a finished journal is removed");
    }

    @Test
    void aJournalClosedWithoutCommitUndoesEverythingAndLeavesNoReceipt() throws Exception {
        String before = withoutTmp();
        try (Journal journal = Journal.begin(prefix, db, "install hello")) {
            journal.perform(install());
        }
        assertEquals(before, withoutTmp());
        assertTrue(db.find("hello").isEmpty());
        assertEquals(List.of(), db.unfinishedJournals());
    }

    @Test
    void aSavepointRollsBackOnlyWhatCameAfterIt() throws Exception {
        Files.createDirectories(prefix.tmp().resolve("build-2/stage"));
        try (Journal journal = Journal.begin(prefix, db, "install hello world")) {
            journal.perform(install());
            int savepoint = journal.savepoint();
            journal.perform(List.of(new Step.MakeDir("Cellar/world"),
                    new Step.Move("var/ports/tmp/build-2/stage", "Cellar/world/1.0")));
            journal.rollBackTo(savepoint);
            assertFalse(Files.exists(prefix.root().resolve("Cellar/world")));
            assertEquals(4, db.unfinishedJournals().get(0).steps().size(), "the undone steps are forgotten");
            journal.commit(List.of(new ReceiptChange.Record(receipt("hello"))));
        }
        assertTrue(Files.isDirectory(prefix.root().resolve("Cellar/hello/2.10")));
        assertTrue(db.find("hello").isPresent());
    }

    @Test
    void whenAStepFailsTheStepsOfItsBatchAreUndoneAndTheFailureNamesIt() throws Exception {
        String before = withoutTmp();
        try (Journal journal = Journal.begin(prefix, db, "install hello")) {
            PrefixException e = assertThrows(PrefixException.class, () -> journal.perform(List.of(
                    new Step.MakeDir("bin"), new Step.Move("var/ports/tmp/nothing", "Cellar/hello"))));
            assertTrue(e.getMessage().contains("move var/ports/tmp/nothing to Cellar/hello"), e.getMessage());
            assertEquals(before, withoutTmp());
        }
    }

    @Test
    void aJournalLeftByACrashBeforeItsCommitIsRolledBackByTheNextCommand() throws Exception {
        String before = withoutTmp();
        Journal crashed = Journal.begin(prefix, db, "install hello");
        crashed.perform(install().subList(0, 3)); // then the process died: no close, no commit
        db.close();

        db = ReceiptDb.open(prefix.database());
        List<String> report = JournalRecovery.recover(prefix, db);

        assertTrue(report.get(0).startsWith("Rolled back the interrupted `install hello` (pid "), report.toString());
        assertEquals(before, withoutTmp());
        assertEquals(List.of(), Listing.entries(prefix.tmp()), "its work directory is removed too");
        assertEquals(List.of(), db.unfinishedJournals());
    }

    @Test
    void aJournalLeftByACrashAfterItsCommitIsFinished() throws Exception {
        Files.writeString(Files.createDirectories(prefix.root().resolve("Cellar/old/1.0")).resolve("f"), "old keg");
        db.record(receipt("old"));
        long id = db.beginJournal("uninstall old");
        db.appendJournal(id, List.of(new StoredStep(1, false, "move", "Cellar/old/1.0", "var/ports/tmp/journal-9/1-old", null)));
        Files.createDirectories(prefix.tmp().resolve("journal-9"));
        Files.move(prefix.root().resolve("Cellar/old/1.0"), prefix.tmp().resolve("journal-9/1-old"));
        db.commitJournal(id, List.of(new ReceiptChange.Remove("old")),
                List.of(new StoredStep(2, true, "delete", "var/ports/tmp/journal-9", null, null)));
        // the process died here, before its clean-up

        List<String> report = JournalRecovery.recover(prefix, db);

        assertEquals("Finished the interrupted `uninstall old`", report.get(0).replaceAll(" \\(pid.*", ""));
        assertFalse(Files.exists(prefix.tmp().resolve("journal-9")));
        assertTrue(db.find("old").isEmpty());
        assertEquals(List.of(), db.unfinishedJournals());
    }

    @Test
    void recoveryIgnoresRecordedStepsThatWereNeverMade() throws Exception {
        String before = withoutTmp();
        long id = db.beginJournal("install hello");
        db.appendJournal(id, List.of(new StoredStep(1, false, "mkdir", "Cellar/hello", null, null),
                new StoredStep(2, false, "move", "var/ports/tmp/build-1/stage", "Cellar/hello/2.10", null)));

        JournalRecovery.recover(prefix, db);

        assertEquals(before, withoutTmp());
    }

    @Test
    void aJournalNamingAPathOutsideThePrefixIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(outside.resolve("thesis.tex"), "years of work");
        long id = db.beginJournal("install evil");
        db.appendJournal(id, List.of(new StoredStep(1, false, "move", "../precious", "Cellar/evil", null)));
        Files.createDirectories(prefix.root().resolve("Cellar/evil"));

        PrefixException e = assertThrows(PrefixException.class, () -> JournalRecovery.recover(prefix, db));

        assertTrue(e.getMessage().contains("not inside the prefix"), e.getMessage());
        assertEquals("years of work", Files.readString(outside.resolve("thesis.tex")));
        assertEquals(1, db.unfinishedJournals().size(), "the journal is kept for a person to look at");
    }
}
