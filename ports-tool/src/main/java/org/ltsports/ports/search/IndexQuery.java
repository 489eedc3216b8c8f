package org.ltsports.ports.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ltsports.ports.search.SearchHit.Match;

/**
 * One ranked search over the index, in tiers: the exact name, names starting with the query
 * (shortest first), full-text matches of name, summary, keywords and homepage ranked by bm25,
 * names containing the query; and when that finds few, names a few typos away.
 */
final class IndexQuery {
    /** Fewer hits than this (and no exact name) adds the names a few typos away. */
    static final int FEW = 3;
    private static final String COLUMNS = "r.name, r.version, r.summary, r.homepage";
    /** bm25 weights of the columns name, summary, keywords, homepage. */
    private static final String BM25 = "bm25(recipe_text, 10.0, 2.0, 4.0, 0.5)";

    private final Connection c;
    private final String query;
    private final int limit;
    private final Map<String, SearchHit> hits = new LinkedHashMap<>();

    IndexQuery(Connection c, String query, int limit) {
        this.c = c;
        this.query = query.strip().toLowerCase(Locale.ROOT);
        this.limit = limit;
    }

    List<SearchHit> run() throws SQLException {
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        add(Match.EXACT, "SELECT " + COLUMNS + " FROM recipes r WHERE r.name = ?", query);
        add(Match.PREFIX, "SELECT " + COLUMNS + " FROM recipes r WHERE r.name > ? AND r.name < ?"
                + " ORDER BY length(r.name), r.name LIMIT ?", query, query + Character.MAX_VALUE, limit);
        String words = FullTextWords.of(query);
        if (!words.isEmpty()) {
            add(Match.TEXT, "SELECT " + COLUMNS + " FROM recipe_text JOIN recipes r ON r.id = recipe_text.rowid"
                    + " WHERE recipe_text MATCH ? ORDER BY " + BM25 + ", r.name LIMIT ?", words, limit + hits.size());
        }
        if (!query.contains(" ")) {
            add(Match.PART, "SELECT " + COLUMNS + " FROM recipes r WHERE instr(r.name, ?) > 1"
                    + " ORDER BY length(r.name), r.name LIMIT ?", query, limit);
        }
        boolean exact = hits.values().stream().anyMatch(hit -> hit.match() == Match.EXACT);
        if (!exact && hits.size() < FEW && !query.contains(" ")) {
            for (String name : Typos.closest(query, names(), limit)) {
                add(Match.CLOSE, "SELECT " + COLUMNS + " FROM recipes r WHERE r.name = ?", name);
            }
        }
        return hits.values().stream().limit(limit).toList();
    }

    private void add(Match match, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hits.putIfAbsent(rs.getString(1),
                            new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), match));
                }
            }
        }
    }

    private List<String> names() throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM recipes"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
