package org.ltsports.prefix.receipt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.prefix.receipt.StoredJournal.StoredStep;

/** The statements of the journal tables; the caller holds the transaction. */
final class JournalRows {
    private final Connection connection;

    JournalRows(Connection connection) {
        this.connection = connection;
    }

    long insert(String command) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO journal (command, pid, started_at) VALUES (?, ?, ?)")) {
            s.setString(1, command);
            s.setLong(2, ProcessHandle.current().pid());
            s.setString(3, Instant.now().toString());
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void insertSteps(long id, List<StoredStep> steps) throws SQLException {
        if (steps.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO journal_steps"
                + " (journal_id, seq, after_commit, kind, path, a, b) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredStep step : steps) {
                s.setLong(1, id);
                s.setInt(2, step.seq());
                s.setInt(3, step.afterCommit() ? 1 : 0);
                s.setString(4, step.kind());
                s.setString(5, step.path());
                s.setString(6, step.a());
                s.setString(7, step.b());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    void deleteStepsFrom(long id, int fromSeq) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "DELETE FROM journal_steps WHERE journal_id = ? AND seq >= ?")) {
            s.setLong(1, id);
            s.setInt(2, fromSeq);
            s.executeUpdate();
        }
    }

    void markCommitted(long id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE journal SET committed = 1 WHERE id = ?")) {
            s.setLong(1, id);
            if (s.executeUpdate() != 1) {
                throw new SQLException("no journal " + id);
            }
        }
    }

    void delete(long id) throws SQLException {
        deleteStepsFrom(id, Integer.MIN_VALUE);
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM journal WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** Every journal still in the table, oldest first, with its steps in order. */
    List<StoredJournal> all() throws SQLException {
        List<StoredJournal> journals = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, command, pid, started_at, committed FROM journal ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                journals.add(new StoredJournal(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        Instant.parse(rs.getString(4)), rs.getInt(5) != 0, List.of()));
            }
        }
        List<StoredJournal> withSteps = new ArrayList<>();
        for (StoredJournal j : journals) {
            withSteps.add(new StoredJournal(j.id(), j.command(), j.pid(), j.startedAt(), j.committed(), steps(j.id())));
        }
        return withSteps;
    }

    private List<StoredStep> steps(long id) throws SQLException {
        List<StoredStep> steps = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT seq, after_commit, kind, path, a, b"
                + " FROM journal_steps WHERE journal_id = ? ORDER BY seq")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    steps.add(new StoredStep(rs.getInt(1), rs.getInt(2) != 0, rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return steps;
    }

    boolean any() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM journal LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }
}
