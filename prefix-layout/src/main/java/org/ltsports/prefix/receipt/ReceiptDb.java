package org.ltsports.prefix.receipt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ltsports.prefix.PrefixException;
import org.sqlite.SQLiteConfig;

/**
 * The receipts of a prefix in one SQLite file ({@code var/ports/ports.db}, WAL mode). Opening reads
 * one pragma when the schema is current. Every change is one transaction.
 * All methods throw {@link PrefixException} when the database fails.
 */
public final class ReceiptDb implements AutoCloseable {
    private static final String WHERE_NAME = "WHERE name = ?";

    private final Connection connection; // null: a read-only view of a database that does not exist yet
    private final String file;
    private final boolean readOnly;

    private ReceiptDb(Connection connection, String file, boolean readOnly) {
        this.connection = connection;
        this.file = file;
        this.readOnly = readOnly;
    }

    /** Opens the database for reading and writing, creating it and bringing its schema up to date. */
    public static ReceiptDb open(Path dbFile) {
        SQLiteConfig config = config();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        try {
            Files.createDirectories(dbFile.toAbsolutePath().getParent());
            Connection connection = config.createConnection("jdbc:sqlite:" + dbFile);
            try {
                Schema.upgrade(connection, dbFile.toString());
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new ReceiptDb(connection, dbFile.toString(), false);
        } catch (SQLException | java.io.IOException e) {
            throw new PrefixException("Could not open the receipts database " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the database for reading only; a database that does not exist (or was never written)
     * reads as empty. Changes through it throw.
     */
    public static ReceiptDb openReadOnly(Path dbFile) {
        if (!Files.isRegularFile(dbFile)) {
            return new ReceiptDb(null, dbFile.toString(), true);
        }
        SQLiteConfig config = config();
        config.setReadOnly(true);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + dbFile);
            int version = Schema.version(connection);
            if (version == 0) {
                connection.close();
                return new ReceiptDb(null, dbFile.toString(), true);
            }
            if (version != Schema.CURRENT) {
                connection.close();
                Schema.refuseNewer(version, dbFile.toString());
                throw new PrefixException(dbFile + " has an older receipts schema (" + version
                        + "); run any changing ports command once to upgrade it");
            }
            return new ReceiptDb(connection, dbFile.toString(), true);
        } catch (SQLException e) {
            throw new PrefixException("Could not open the receipts database " + dbFile + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        return config;
    }

    /** Records the receipt, replacing any earlier receipt of that name. */
    public void record(Receipt receipt) {
        apply(List.of(new ReceiptChange.Record(receipt)));
    }

    public Optional<Receipt> find(String name) {
        return query(r -> r.read(WHERE_NAME, name).stream().findFirst(), Optional.empty());
    }

    /** All receipts, sorted by name. */
    public List<Receipt> all() {
        return query(r -> r.read("", null), List.of());
    }

    /** The linkage facts recorded for a keg: the release it is bound to and the base adapter's JSON. */
    public Optional<ReceiptChange.SetLinkage> linkage(String name) {
        return query(r -> r.linkage(name).stream().findFirst(), Optional.empty());
    }

    /** The linkage facts of every keg that has them, sorted by name. */
    public List<ReceiptChange.SetLinkage> linkages() {
        return query(r -> r.linkage(null), List.of());
    }

    /** Installed kegs with {@code name} among their runtime dependencies, sorted. */
    public List<String> dependents(String name) {
        return query(r -> r.names("SELECT keg_name FROM dependencies WHERE dep_name = ? AND kind = 'run'"
                + " ORDER BY keg_name", name), List.of());
    }

    /** @throws PrefixException when there is no receipt of that name */
    public void setLinks(String name, List<String> links) {
        apply(List.of(new ReceiptChange.SetLinks(name, links)));
    }

    /** @throws PrefixException when there is no receipt of that name */
    public void setOnRequest(String name, boolean onRequest) {
        apply(List.of(new ReceiptChange.SetOnRequest(name, onRequest)));
    }

    /** Removes the receipt and everything recorded with it; nothing happens when there is none. */
    public void remove(String name) {
        apply(List.of(new ReceiptChange.Remove(name)));
    }

    /** Makes the changes in one transaction: all of them or, when one fails, none. */
    public void apply(List<ReceiptChange> changes) {
        change(c -> applyAll(c, changes));
    }

    // The journal's storage. What its steps mean is org.ltsports.prefix.journal's business.

    /** Starts a journal for {@code command}; returns its id. */
    public long beginJournal(String command) {
        return change(c -> new JournalRows(c).insert(command));
    }

    /** Adds steps to an open journal, in one transaction. */
    public void appendJournal(long id, List<StoredJournal.StoredStep> steps) {
        change(c -> {
            new JournalRows(c).insertSteps(id, steps);
            return null;
        });
    }

    /** Forgets the journal's steps from {@code fromSeq} on (they were undone). */
    public void dropJournalSteps(long id, int fromSeq) {
        change(c -> {
            new JournalRows(c).deleteStepsFrom(id, fromSeq);
            return null;
        });
    }

    /**
     * The commit point of a journal: the receipt changes, the steps that follow the commit and the
     * journal's commit mark, all in one transaction.
     */
    public void commitJournal(long id, List<ReceiptChange> changes, List<StoredJournal.StoredStep> afterCommit) {
        change(c -> {
            applyAll(c, changes);
            JournalRows rows = new JournalRows(c);
            rows.insertSteps(id, afterCommit);
            rows.markCommitted(id);
            return null;
        });
    }

    /** Removes a journal that is finished or rolled back. */
    public void endJournal(long id) {
        change(c -> {
            new JournalRows(c).delete(id);
            return null;
        });
    }

    /** Journals that were begun and never ended, oldest first. */
    public List<StoredJournal> unfinishedJournals() {
        return query(r -> new JournalRows(connection).all(), List.of());
    }

    private Void applyAll(Connection c, List<ReceiptChange> changes) throws SQLException {
        ReceiptWriter writer = new ReceiptWriter(c);
        for (ReceiptChange change : changes) {
            if (change instanceof ReceiptChange.Record r) {
                writer.write(r.receipt());
            } else if (change instanceof ReceiptChange.Remove r) {
                writer.delete(r.name());
            } else if (change instanceof ReceiptChange.SetLinks l) {
                writer.replaceLinks(requireReceipt(c, l.name()), l.links());
            } else if (change instanceof ReceiptChange.SetOnRequest o) {
                writer.setOnRequest(requireReceipt(c, o.name()), o.onRequest());
            } else if (change instanceof ReceiptChange.SetLinkage l) {
                requireReceipt(c, l.name());
                writer.setLinkage(l);
            }
        }
        return null;
    }

    private String requireReceipt(Connection c, String name) throws SQLException {
        if (new ReceiptReader(c).names("SELECT name FROM kegs WHERE name = ?", name).isEmpty()) {
            throw new PrefixException("No receipt for " + name + " in " + file);
        }
        return name;
    }

    private interface Query<T> {
        T run(ReceiptReader reader) throws SQLException;
    }

    private interface Change<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T query(Query<T> query, T whenEmpty) {
        if (connection == null) {
            return whenEmpty;
        }
        try {
            return query.run(new ReceiptReader(connection));
        } catch (SQLException e) {
            throw new PrefixException("Could not read the receipts in " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> T change(Change<T> change) {
        if (readOnly) {
            throw new PrefixException("The receipts database " + file + " was opened read-only");
        }
        try {
            connection.setAutoCommit(false);
            try {
                T result = change.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PrefixException("Could not change the receipts in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new PrefixException("Could not close " + file + ": " + e.getMessage(), e);
        }
    }
}
