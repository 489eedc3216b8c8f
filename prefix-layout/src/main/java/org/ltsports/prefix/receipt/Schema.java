package org.ltsports.prefix.receipt;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.ltsports.prefix.PrefixException;

/**
 * The receipts schema, versioned with {@code PRAGMA user_version}. {@code MIGRATIONS.get(n)} takes
 * the schema from version n to n + 1; later work appends (linkage, journal, ...), never edits.
 */
final class Schema {
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE kegs (name TEXT PRIMARY KEY, version TEXT NOT NULL, revision INTEGER NOT NULL,"
                    + " path TEXT NOT NULL, on_request INTEGER NOT NULL, installed_at TEXT NOT NULL,"
                    + " release TEXT, source_sha256 TEXT, recipe_summary TEXT)",
            "CREATE TABLE files (keg_name TEXT NOT NULL REFERENCES kegs(name) ON DELETE CASCADE,"
                    + " path TEXT NOT NULL)",
            "CREATE INDEX files_by_keg ON files(keg_name)",
            "CREATE INDEX files_by_path ON files(path)",
            "CREATE TABLE links (keg_name TEXT NOT NULL REFERENCES kegs(name) ON DELETE CASCADE,"
                    + " link_path TEXT NOT NULL)",
            "CREATE INDEX links_by_keg ON links(keg_name)",
            "CREATE TABLE dependencies (keg_name TEXT NOT NULL REFERENCES kegs(name) ON DELETE CASCADE,"
                    + " dep_name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('run', 'build')),"
                    + " PRIMARY KEY (keg_name, dep_name, kind))",
            "CREATE INDEX dependencies_by_dep ON dependencies(dep_name, kind)"),
            // 2: the journal of changes under way (org.ltsports.prefix.journal)
            List.of(
            "CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, command TEXT NOT NULL,"
                    + " pid INTEGER NOT NULL, started_at TEXT NOT NULL, committed INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE journal_steps (journal_id INTEGER NOT NULL REFERENCES journal(id) ON DELETE CASCADE,"
                    + " seq INTEGER NOT NULL, after_commit INTEGER NOT NULL, kind TEXT NOT NULL, path TEXT NOT NULL,"
                    + " a TEXT, b TEXT, PRIMARY KEY (journal_id, seq))"),
            // 3: the linkage facts of each keg against the release it was built for (the base adapter's JSON)
            List.of(
            "CREATE TABLE linkage (keg_name TEXT PRIMARY KEY REFERENCES kegs(name) ON DELETE CASCADE,"
                    + " release TEXT NOT NULL, tree_hash TEXT, facts TEXT NOT NULL)"));

    static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema to {@link #CURRENT}; reads one pragma and returns when it is current already. */
    static void upgrade(Connection connection, String file) throws SQLException {
        int version = version(connection);
        if (version == CURRENT) {
            return;
        }
        refuseNewer(version, file);
        if (version == 0) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL"); // persistent; not allowed inside a transaction
            }
        }
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            version = version(connection); // again under the write lock: another process may have upgraded
            for (int v = version; v < CURRENT; v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = " + CURRENT);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static void refuseNewer(int version, String file) {
        if (version > CURRENT) {
            throw PrefixException.refused(file + " has receipts schema " + version
                    + ", newer than this ports knows (" + CURRENT + "); upgrade ports");
        }
    }
}
