package org.ltsports.prefix.receipt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The statements that change receipts; the caller holds the transaction. */
final class ReceiptWriter {
    private final Connection connection;

    ReceiptWriter(Connection connection) {
        this.connection = connection;
    }

    void write(Receipt r) throws SQLException {
        delete(r.name());
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO kegs (name, version, revision, path,"
                + " on_request, installed_at, release, source_sha256, recipe_summary) VALUES (?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, r.name());
            s.setString(2, r.version());
            s.setInt(3, r.revision());
            s.setString(4, r.kegPath());
            s.setInt(5, r.onRequest() ? 1 : 0);
            s.setString(6, r.installedAt().toString());
            s.setString(7, r.release());
            s.setString(8, r.sourceSha256());
            s.setString(9, r.summary());
            s.executeUpdate();
        }
        insertPairs("INSERT INTO files (keg_name, path) VALUES (?, ?)", r.name(), r.files());
        insertPairs("INSERT INTO links (keg_name, link_path) VALUES (?, ?)", r.name(), r.links());
        insertPairs("INSERT OR IGNORE INTO dependencies (keg_name, dep_name, kind) VALUES (?, ?, 'run')",
                r.name(), r.runtimeDeps());
        insertPairs("INSERT OR IGNORE INTO dependencies (keg_name, dep_name, kind) VALUES (?, ?, 'build')",
                r.name(), r.buildDeps());
    }

    void replaceLinks(String name, List<String> links) throws SQLException {
        deleteWhereKeg("links", name);
        insertPairs("INSERT INTO links (keg_name, link_path) VALUES (?, ?)", name, links);
    }

    void setOnRequest(String name, boolean onRequest) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE kegs SET on_request = ? WHERE name = ?")) {
            s.setInt(1, onRequest ? 1 : 0);
            s.setString(2, name);
            s.executeUpdate();
        }
    }

    void setLinkage(ReceiptChange.SetLinkage l) throws SQLException {
        deleteWhereKeg("linkage", l.name());
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO linkage (keg_name, release, tree_hash, facts) VALUES (?, ?, ?, ?)")) {
            s.setString(1, l.name());
            s.setString(2, l.release());
            s.setString(3, l.treeHash());
            s.setString(4, l.facts());
            s.executeUpdate();
        }
    }

    void delete(String name) throws SQLException {
        for (String table : List.of("files", "links", "dependencies", "linkage")) {
            deleteWhereKeg(table, name);
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM kegs WHERE name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }

    private void deleteWhereKeg(String table, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE keg_name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }

    private void insertPairs(String sql, String name, List<String> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (String value : values) {
                s.setString(1, name);
                s.setString(2, value);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
