package org.ltsports.prefix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.lock.LockingProcess;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

class PrefixDoctorTest {
    @TempDir
    Path temp;

    private static Receipt receipt(Keg keg, String kegPath) {
        return new Receipt(keg.name(), keg.version(), keg.revision(), kegPath, true, Instant.EPOCH,
                "1.0", null, null, List.of(), List.of(), List.of(), List.of());
    }

    private static Keg installed(Prefix prefix, String name, String version) throws Exception {
        Keg keg = prefix.keg(name, version, 0);
        Files.createDirectories(keg.path().resolve("bin"));
        Files.writeString(keg.path().resolve("bin").resolve(name), "#!/bin/sh\n");
        return keg;
    }

    @Test
    void aHealthyPrefixHasNoProblems() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Keg hello = installed(prefix, "hello", "2.10");
        new Linker(prefix).link(hello);
        prefix.linkOpt(hello);
        try (ReceiptDb db = ReceiptDb.open(prefix.database())) {
            db.record(receipt(hello, "Cellar/hello/2.10"));

            assertEquals(List.of(), PrefixDoctor.examine(prefix, db));
        }
    }

    @Test
    void findsBrokenLinksUnrecordedKegsMissingKegsAndMissingOptLinks() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Keg hello = installed(prefix, "hello", "2.10");
        new Linker(prefix).link(hello);
        prefix.linkOpt(hello);
        Files.delete(hello.path().resolve("bin/hello"));        // bin/hello now dangles
        Keg stray = installed(prefix, "stray", "1.0");          // in the Cellar, no receipt
        Keg noOpt = installed(prefix, "noopt", "3.0");          // receipt, keg, but no opt link
        try (ReceiptDb db = ReceiptDb.open(prefix.database())) {
            db.record(receipt(hello, "Cellar/hello/2.10"));
            db.record(receipt(noOpt, "Cellar/noopt/3.0"));
            db.record(receipt(prefix.keg("gone", "1.0", 0), "Cellar/gone/1.0")); // no keg on disk

            List<Problem> problems = PrefixDoctor.examine(prefix, db);

            assertEquals(List.of(
                    Problem.BROKEN_LINK + " bin/hello",
                    Problem.UNRECORDED_KEG + " Cellar/stray/1.0",
                    Problem.MISSING_KEG + " Cellar/gone/1.0",
                    Problem.MISSING_OPT_LINK + " opt/noopt"),
                    problems.stream().map(p -> p.kind() + " " + p.path()).toList());
            problems.forEach(p -> assertEquals(false, p.advice().isBlank(), "advice for " + p));
        }
        assertEquals(true, Files.isDirectory(stray.path()), "the doctor changes nothing");
    }

    @Test
    void anOlderKegBesideTheRecordedOneIsUnrecorded() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        installed(prefix, "hello", "2.9");
        Keg current = installed(prefix, "hello", "2.10");
        prefix.linkOpt(current);
        try (ReceiptDb db = ReceiptDb.open(prefix.database())) {
            db.record(receipt(current, "Cellar/hello/2.10"));

            assertEquals(List.of(Problem.UNRECORDED_KEG + " Cellar/hello/2.9"),
                    PrefixDoctor.examine(prefix, db).stream().map(p -> p.kind() + " " + p.path()).toList());
        }
    }

    @Test
    void aJournalAndWorkLeftByACrashAreReportedWithTheRepair() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Files.createDirectories(prefix.tmp().resolve("hello-123/stage"));
        try (ReceiptDb db = ReceiptDb.open(prefix.database())) {
            db.beginJournal("install hello");

            List<Problem> problems = PrefixDoctor.examine(prefix, db);

            assertEquals(List.of(Problem.UNFINISHED_JOURNAL, Problem.LEFTOVER_WORK),
                    problems.stream().map(Problem::kind).toList());
            assertEquals("var/ports/tmp/hello-123", problems.get(1).path());
            assertTrue(problems.get(0).advice().contains("`install hello`"), problems.get(0).advice());
            assertTrue(problems.get(0).advice().contains("ports doctor --repair"), problems.get(0).advice());
        }
    }

    @Test
    void theJournalAndWorkOfAWriterThatIsStillRunningAreNoProblem() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Files.createDirectories(prefix.tmp().resolve("hello-123/stage"));
        try (ReceiptDb db = ReceiptDb.open(prefix.database());
             LockingProcess writer = LockingProcess.start(prefix.lockFile())) {
            db.beginJournal("install hello");

            assertEquals(List.of(), PrefixDoctor.examine(prefix, db));
        }
    }
}
