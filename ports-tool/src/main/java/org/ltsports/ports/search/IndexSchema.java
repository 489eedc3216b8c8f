package org.ltsports.ports.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the search index. The index is derived data: when its schema version or the
 * recipe directory it was built from differs, it is dropped and built again, never migrated.
 */
final class IndexSchema {
    static final int VERSION = 1;
    /** Meta keys: the recipe directory the index was built from, and the fingerprint of the files it saw last. */
    static final String RECIPES = "recipes";
    static final String FINGERPRINT = "fingerprint";

    private static final List<String> CREATE = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, version TEXT, summary TEXT,"
                    + " homepage TEXT, modified INTEGER NOT NULL, size INTEGER NOT NULL)",
            // A plain FTS5 table keyed by recipes.id; prefix indexes make "pcr*" cheap.
            "CREATE VIRTUAL TABLE recipe_text USING fts5(name, summary, keywords, homepage, prefix='2 3')");
    private static final List<String> TABLES = List.of("recipe_text", "recipes", "meta");

    private IndexSchema() {
    }

    /** Makes the tables current for {@code recipeDir}; true when they were (re)created empty. */
    static boolean prepare(Connection c, String recipeDir) throws SQLException {
        if (version(c) == VERSION && recipeDir.equals(meta(c, RECIPES))) {
            return false;
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
            for (String sql : CREATE) {
                s.execute(sql);
            }
            setMeta(c, RECIPES, recipeDir);
            s.execute("PRAGMA user_version = " + VERSION);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return true;
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The value of a meta key, or null. */
    static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void setMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
