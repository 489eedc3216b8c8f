package org.ltsports.ports.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.ports.recipe.RecipeParser;
import org.ltsports.ports.search.RecipeStamps.Stamp;

/**
 * Brings the index in line with the recipe files: compares each file's stamp with the one the
 * index recorded, parses only the files that are new or changed, and drops the ones that are gone;
 * all in one transaction. A recipe that does not parse is indexed by its name alone.
 */
final class IndexRefresh {

    private final Connection c;
    private final RecipeBook book;

    IndexRefresh(Connection c, RecipeBook book) {
        this.c = c;
        this.book = book;
    }

    IndexChanges run() throws SQLException {
        Map<String, Stamp> onDisk = RecipeStamps.of(book.dir());
        long fingerprint = RecipeStamps.fingerprint(onDisk);
        if (Long.toString(fingerprint).equals(IndexSchema.meta(c, IndexSchema.FINGERPRINT))) {
            return new IndexChanges(0, 0, 0);
        }
        Map<String, Stamp> recorded = recorded();
        List<String> removed = new ArrayList<>();
        for (String name : recorded.keySet()) {
            if (!onDisk.containsKey(name)) {
                removed.add(name);
            }
        }
        Map<String, Stamp> stale = new HashMap<>();
        onDisk.forEach((name, stamp) -> {
            if (!stamp.equals(recorded.get(name))) {
                stale.put(name, stamp);
            }
        });
        int added = (int) stale.keySet().stream().filter(name -> !recorded.containsKey(name)).count();
        Map<String, Recipe> parsed = new HashMap<>(); // parsed before the transaction, which stays short
        stale.keySet().forEach(name -> parsed.put(name, parsedOrNull(name)));
        c.setAutoCommit(false);
        try (Statements statements = new Statements(c)) {
            for (String name : removed) {
                statements.delete(name);
            }
            for (Map.Entry<String, Stamp> entry : stale.entrySet()) {
                statements.delete(entry.getKey());
                statements.insert(entry.getKey(), entry.getValue(), parsed.get(entry.getKey()));
            }
            IndexSchema.setMeta(c, IndexSchema.FINGERPRINT, Long.toString(fingerprint));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return new IndexChanges(added, stale.size() - added, removed.size());
    }

    private Map<String, Stamp> recorded() throws SQLException {
        Map<String, Stamp> stamps = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, modified, size FROM recipes")) {
            while (rs.next()) {
                stamps.put(rs.getString(1), new Stamp(rs.getLong(2), rs.getLong(3)));
            }
        }
        return stamps;
    }

    private Recipe parsedOrNull(String name) {
        try {
            return RecipeParser.parse(book.fileOf(name));
        } catch (PortsException e) {
            return null; // a broken recipe stays findable by name; `ports info` names its problems
        }
    }

    /** The four statements of a refresh, prepared once for all the files it touches. */
    private static final class Statements implements AutoCloseable {
        private final PreparedStatement deleteText;
        private final PreparedStatement deleteRow;
        private final PreparedStatement insertRow;
        private final PreparedStatement insertText;

        Statements(Connection c) throws SQLException {
            deleteText = c.prepareStatement("DELETE FROM recipe_text WHERE rowid IN (SELECT id FROM recipes WHERE name = ?)");
            deleteRow = c.prepareStatement("DELETE FROM recipes WHERE name = ?");
            insertRow = c.prepareStatement("INSERT INTO recipes (name, version, summary, homepage, modified, size)"
                    + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
            insertText = c.prepareStatement(
                    "INSERT INTO recipe_text (rowid, name, summary, keywords, homepage) VALUES (?, ?, ?, ?, ?)");
        }

        void delete(String name) throws SQLException {
            deleteText.setString(1, name);
            deleteText.executeUpdate();
            deleteRow.setString(1, name);
            deleteRow.executeUpdate();
        }

        void insert(String name, Stamp stamp, Recipe recipe) throws SQLException {
            insertRow.setString(1, name);
            insertRow.setString(2, recipe == null ? null : recipe.versionDir());
            insertRow.setString(3, recipe == null ? null : recipe.summary());
            insertRow.setString(4, recipe == null ? null : recipe.homepage());
            insertRow.setLong(5, stamp.modifiedNanos());
            insertRow.setLong(6, stamp.size());
            long id;
            try (ResultSet rs = insertRow.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            insertText.setLong(1, id);
            insertText.setString(2, name);
            insertText.setString(3, recipe == null ? "" : recipe.summary());
            insertText.setString(4, recipe == null ? "" : String.join(" ", recipe.keywords()));
            insertText.setString(5, recipe == null || recipe.homepage() == null ? "" : recipe.homepage());
            insertText.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            deleteText.close();
            deleteRow.close();
            insertRow.close();
            insertText.close();
        }
    }
}
