package org.ltsports.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * What a prefix holds, for before/after comparisons: every path with its kind, size or link target
 * (build logs and the database files aside), whether a wipe's renamed tree is beside it, and every
 * receipt with its links, read from {@code var/ports/ports.db} (the documented on-disk format) while
 * no ports process runs.
 */
record PrefixState(List<String> files, List<String> receipts) {

    static PrefixState of(Path prefix) throws IOException {
        List<String> files = new ArrayList<>(Fixtures.listing(prefix).stream()
                .filter(p -> !p.startsWith("var/ports/logs") && !p.startsWith("var/ports/ports.db")).toList());
        Path trash = prefix.resolveSibling("." + prefix.getFileName() + ".ports-wipe");
        if (Files.exists(trash)) {
            files.add("(a wipe's renamed tree is beside the prefix)");
        }
        return new PrefixState(files, receipts(prefix.resolve("var/ports/ports.db")));
    }

    private static List<String> receipts(Path db) {
        List<String> rows = new ArrayList<>();
        if (!Files.exists(db)) {
            return rows;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            query(s, "SELECT 'keg ' || name || ' ' || version || '_' || revision || ' ' || path || ' request='"
                    + " || on_request FROM kegs ORDER BY name", rows);
            query(s, "SELECT 'link ' || keg_name || ' ' || link_path FROM links ORDER BY keg_name, link_path", rows);
            query(s, "SELECT 'file ' || keg_name || ' ' || path FROM files ORDER BY keg_name, path", rows);
            query(s, "SELECT 'journal ' || command FROM journal ORDER BY id", rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static void query(Statement s, String sql, List<String> rows) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
    }

    /** Copies the prefix exactly (links, modes, times, database) to {@code copy}, replacing what is there. */
    static void copy(Path prefix, Path copy) throws IOException, InterruptedException {
        remove(copy);
        if (Files.exists(prefix)) {
            Fixtures.run(List.of("cp", "-a", prefix.toString(), copy.toString()));
        }
    }

    /** Puts {@code snapshot} back at {@code prefix}, with nothing beside it that a wipe left. */
    static void restore(Path snapshot, Path prefix) throws IOException, InterruptedException {
        remove(prefix.resolveSibling("." + prefix.getFileName() + ".ports-wipe"));
        copy(snapshot, prefix);
    }

    private static void remove(Path dir) throws IOException, InterruptedException {
        if (Files.exists(dir) || Files.isSymbolicLink(dir)) {
            Fixtures.run(List.of("rm", "-rf", dir.toString()));
        }
    }
}
