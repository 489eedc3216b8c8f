package org.ltsports.prefix.receipt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads receipts: one query per table for any number of kegs, lists in the order they were recorded. */
final class ReceiptReader {
    private final Connection connection;

    ReceiptReader(Connection connection) {
        this.connection = connection;
    }

    /** Receipts of kegs matching {@code where} (an SQL condition on kegs, one optional parameter), by name. */
    List<Receipt> read(String where, String parameter) throws SQLException {
        Map<String, List<String>> runtime = column("SELECT keg_name, dep_name FROM dependencies WHERE kind = 'run'"
                + " AND keg_name IN (SELECT name FROM kegs " + where + ")", parameter);
        Map<String, List<String>> build = column("SELECT keg_name, dep_name FROM dependencies WHERE kind = 'build'"
                + " AND keg_name IN (SELECT name FROM kegs " + where + ")", parameter);
        Map<String, List<String>> files = column("SELECT keg_name, path FROM files"
                + " WHERE keg_name IN (SELECT name FROM kegs " + where + ")", parameter);
        Map<String, List<String>> links = column("SELECT keg_name, link_path FROM links"
                + " WHERE keg_name IN (SELECT name FROM kegs " + where + ")", parameter);
        List<Receipt> receipts = new ArrayList<>();
        try (PreparedStatement s = prepare("SELECT name, version, revision, path, on_request, installed_at,"
                + " release, source_sha256, recipe_summary FROM kegs " + where + " ORDER BY name", parameter);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                receipts.add(new Receipt(name, rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5) != 0,
                        Instant.parse(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                        runtime.get(name), build.get(name), files.get(name), links.get(name)));
            }
        }
        return receipts;
    }

    List<String> names(String sql, String parameter) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, parameter); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The linkage facts recorded for one keg, or for all when {@code name} is null. */
    List<ReceiptChange.SetLinkage> linkage(String name) throws SQLException {
        List<ReceiptChange.SetLinkage> found = new ArrayList<>();
        String sql = "SELECT keg_name, release, tree_hash, facts FROM linkage"
                + (name == null ? "" : " WHERE keg_name = ?") + " ORDER BY keg_name";
        try (PreparedStatement s = prepare(sql, name); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new ReceiptChange.SetLinkage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return found;
    }

    private Map<String, List<String>> column(String sql, String parameter) throws SQLException {
        Map<String, List<String>> values = new HashMap<>();
        try (PreparedStatement s = prepare(sql + " ORDER BY rowid", parameter); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return values;
    }

    private PreparedStatement prepare(String sql, String parameter) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        int count = (int) sql.chars().filter(c -> c == '?').count();
        for (int i = 1; i <= count; i++) {
            s.setString(i, parameter);
        }
        return s;
    }
}
