package org.ltsports.prefix.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.PrefixException;

class ReceiptDbTest {
    @TempDir
    Path temp;

    private static Receipt receipt(String name, List<String> runtimeDeps) {
        return new Receipt(name, "1.0", 2, "Cellar/" + name + "/1.0_2", true,
                Instant.parse("2025-01-02T03:04:05Z"), "1.0", "ab".repeat(32), "The " + name + " port",
                runtimeDeps, List.of("pkgconf"), List.of("bin/" + name, "share/man/man1/" + name + ".1"),
                List.of("bin/" + name));
    }

    private Path db() {
        return temp.resolve("var/ports/ports.db");
    }

    @Test
    void aReceiptRoundTripsThroughARealFile() {
        Receipt hello = receipt("hello", List.of("zlib", "gettext"));
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(hello);
        }
        try (ReceiptDb db = ReceiptDb.open(db())) {
            assertEquals(Optional.of(hello), db.find("hello"));
            assertEquals(Optional.empty(), db.find("nope"));
        }
    }

    @Test
    void nullableFieldsStayNull() {
        Receipt bare = new Receipt("bare", "0.1", 0, "Cellar/bare/0.1", false, Instant.EPOCH,
                null, null, null, null, null, null, null);
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(bare);
            assertEquals(Optional.of(bare), db.find("bare"));
        }
    }

    @Test
    void recordReplacesAnEarlierReceiptOfThatName() {
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(receipt("hello", List.of("zlib")));
            Receipt newer = new Receipt("hello", "2.0", 0, "Cellar/hello/2.0", false, Instant.EPOCH,
                    "2.0", null, null, List.of(), List.of(), List.of("bin/hello2"), List.of());
            db.record(newer);

            assertEquals(Optional.of(newer), db.find("hello"));
            assertEquals(List.of(), db.dependents("zlib"), "the old dependencies went with the old receipt");
        }
    }

    @Test
    void allIsSortedByNameAndDependentsFollowRuntimeDepsOnly() {
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(receipt("zlib", List.of()));
            db.record(receipt("curl", List.of("zlib", "openssl")));
            db.record(receipt("git", List.of("curl", "zlib")));
            db.record(receipt("openssl", List.of()));

            assertEquals(List.of("curl", "git", "openssl", "zlib"), db.all().stream().map(Receipt::name).toList());
            assertEquals(List.of("curl", "git"), db.dependents("zlib"));
            assertEquals(List.of("git"), db.dependents("curl"));
            assertEquals(List.of(), db.dependents("pkgconf"), "build dependencies do not hold a keg");
            assertEquals(List.of("zlib", "openssl"), db.find("curl").orElseThrow().runtimeDeps(), "order kept");
        }
    }

    @Test
    void setLinksSetOnRequestAndRemove() {
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(receipt("hello", List.of("zlib")));

            db.setLinks("hello", List.of("bin/hello", "share/hello"));
            db.setOnRequest("hello", false);
            Receipt changed = db.find("hello").orElseThrow();
            assertEquals(List.of("bin/hello", "share/hello"), changed.links());
            assertFalse(changed.onRequest());
            assertEquals(receipt("hello", List.of("zlib")).files(), changed.files());

            db.remove("hello");
            assertEquals(Optional.empty(), db.find("hello"));
            assertEquals(List.of(), db.dependents("zlib"));
            assertThrows(PrefixException.class, () -> db.setOnRequest("hello", true));
            assertThrows(PrefixException.class, () -> db.setLinks("hello", List.of()));
        }
    }

    @Test
    void theFileIsInWalModeWithAVersionedSchema() throws Exception {
        ReceiptDb.open(db()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertEquals(Schema.CURRENT, rs.getInt(1));
            }
        }
    }

    @Test
    void aSchemaFromANewerPortsIsRefused() throws Exception {
        ReceiptDb.open(db()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT + 1));
        }
        PrefixException e = assertThrows(PrefixException.class, () -> ReceiptDb.open(db()));
        assertTrue(e.refused());
        assertThrows(PrefixException.class, () -> ReceiptDb.openReadOnly(db()));
    }

    @Test
    void readOnlyOfAMissingFileIsEmptyAndCreatesNothing() {
        try (ReceiptDb db = ReceiptDb.openReadOnly(db())) {
            assertEquals(List.of(), db.all());
            assertEquals(Optional.empty(), db.find("hello"));
            assertEquals(List.of(), db.dependents("zlib"));
            assertThrows(PrefixException.class, () -> db.record(receipt("hello", List.of())));
        }
        assertFalse(Files.exists(db()));
    }

    @Test
    void readOnlySeesWhatWasRecordedAndRefusesChanges() {
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(receipt("hello", List.of()));
        }
        try (ReceiptDb db = ReceiptDb.openReadOnly(db())) {
            assertEquals(List.of("hello"), db.all().stream().map(Receipt::name).toList());
            assertThrows(PrefixException.class, () -> db.remove("hello"));
        }
    }

    @Test
    void aReaderSeesAWritersCommittedReceipts() {
        try (ReceiptDb writer = ReceiptDb.open(db()); ReceiptDb reader = ReceiptDb.openReadOnly(db())) {
            writer.record(receipt("hello", List.of()));
            assertTrue(reader.find("hello").isPresent());
        }
    }

    @Test
    void severalChangesAreOneTransactionAllOrNothing() {
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(receipt("zlib", List.of()));
            PrefixException e = assertThrows(PrefixException.class, () -> db.apply(List.of(
                    new ReceiptChange.Record(receipt("hello", List.of("zlib"))),
                    new ReceiptChange.Remove("zlib"),
                    new ReceiptChange.SetLinks("nothing-installed", List.of("bin/x")))));
            assertTrue(e.getMessage().contains("nothing-installed"), e.getMessage());
            assertTrue(db.find("hello").isEmpty(), "the first change was undone with the rest");
            assertTrue(db.find("zlib").isPresent());
        }
    }

    @Test
    void aJournalIsStoredWithItsStepsAndItsCommitGoesWithTheReceiptChanges() {
        try (ReceiptDb db = ReceiptDb.open(db())) {
            long id = db.beginJournal("install hello");
            db.appendJournal(id, List.of(new StoredJournal.StoredStep(1, false, "mkdir", "Cellar/hello", null, null),
                    new StoredJournal.StoredStep(2, false, "symlink", "bin/hello", "../Cellar/hello/2.10/bin/hello", null)));
            db.commitJournal(id, List.of(new ReceiptChange.Record(receipt("hello", List.of()))),
                    List.of(new StoredJournal.StoredStep(3, true, "delete", "var/ports/tmp/journal-1", null, null)));

            StoredJournal stored = db.unfinishedJournals().get(0);
            assertEquals("install hello", stored.command());
            assertEquals(ProcessHandle.current().pid(), stored.pid());
            assertTrue(stored.committed());
            assertEquals(List.of(1, 2, 3), stored.steps().stream().map(StoredJournal.StoredStep::seq).toList());
            assertEquals("../Cellar/hello/2.10/bin/hello", stored.steps().get(1).a());
            assertTrue(db.find("hello").isPresent());

            db.endJournal(id);
            assertEquals(List.of(), db.unfinishedJournals());
        }
    }

    @Test
    void linkageFactsFollowTheirKegAndAreReplacedWithIt() {
        try (ReceiptDb db = ReceiptDb.open(db())) {
            db.record(receipt("app", List.of()));
            db.record(receipt("lib", List.of()));
            var facts = new ReceiptChange.SetLinkage("app", "1.0", "abc", "{\"name\":\"app\"}");
            db.apply(List.of(facts, new ReceiptChange.SetLinkage("lib", "1.0", null, "{}")));
            assertEquals(Optional.of(facts), db.linkage("app"));
            assertEquals(List.of("app", "lib"), db.linkages().stream().map(ReceiptChange.SetLinkage::name).toList());

            db.apply(List.of(new ReceiptChange.Record(receipt("app", List.of())),
                    new ReceiptChange.SetLinkage("app", "2.0", "def", "{}")));
            assertEquals("2.0", db.linkage("app").orElseThrow().release(), "a pin records the new facts");
            db.remove("lib");
            assertEquals(Optional.empty(), db.linkage("lib"), "uninstall drops the facts");
            assertThrows(PrefixException.class, () -> db.apply(List.of(new ReceiptChange.SetLinkage("ghost", "1.0", null, "{}"))));
        }
    }
}
