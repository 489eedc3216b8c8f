package org.ltsports.ports.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.prefix.Prefix;
import org.sqlite.SQLiteConfig;

/**
 * The search index of a recipe collection: SQLite with an FTS5 table, in a file or in memory.
 * It is derived data, so it is never an error: a missing, corrupt or foreign file is deleted and
 * built again, and when even that fails the index is built in memory.
 */
public final class SearchIndex implements AutoCloseable {
    public static final String FILE_NAME = "search.db";
    private static final String[] SIDE_FILES = {"-journal", "-wal", "-shm"};

    private final RecipeBook book;
    private Path file; // null: in memory
    private Connection connection;

    private SearchIndex(RecipeBook book, Path file) {
        this.book = book;
        this.file = file;
    }

    /**
     * The index of a prefix, {@code var/ports/search.db}. Before the prefix exists the index is built
     * in memory for each use: a search never creates the prefix, and writes nothing outside it.
     */
    public static SearchIndex forPrefix(RecipeBook book, Optional<Prefix> prefix) {
        return open(book, prefix.map(p -> p.portsVar().resolve(FILE_NAME)));
    }

    /** The index in {@code file}, or in memory when there is no file to keep it in. */
    public static SearchIndex open(RecipeBook book, Optional<Path> file) {
        SearchIndex index = new SearchIndex(book, file.orElse(null));
        index.connect();
        return index;
    }

    /** Where the index lives; empty when it lives in memory. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Indexes new and changed recipe files and forgets removed ones. */
    public IndexChanges refresh() {
        return guarded(() -> new IndexRefresh(connection, book).run());
    }

    /** Recipes matching {@code query}, best first; at most {@code limit}. Call {@link #refresh()} first. */
    public List<SearchHit> query(String query, int limit) {
        return guarded(() -> new IndexQuery(connection, query, limit).run());
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs the work; when the database fails, rebuilds the index once (in memory if need be) and runs it again. */
    private <T> T guarded(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException first) {
            rebuild();
            try {
                return work.run();
            } catch (SQLException second) {
                throw PortsException.failed("the search index fails even after a rebuild: " + second.getMessage(), second);
            }
        }
    }

    private void connect() {
        try {
            connection = connectAndPrepare(file);
        } catch (SQLException | IOException e) {
            rebuild();
        }
    }

    /** Drops a broken index: deletes the file and starts anew there, else in memory. */
    private void rebuild() {
        closeQuietly();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
                for (String side : SIDE_FILES) {
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + side));
                }
                connection = connectAndPrepare(file);
                new IndexRefresh(connection, book).run();
                return;
            } catch (SQLException | IOException e) {
                closeQuietly();
            }
        }
        file = null;
        try {
            connection = connectAndPrepare(null);
            new IndexRefresh(connection, book).run();
        } catch (SQLException | IOException e) {
            throw PortsException.failed("cannot build the search index: " + e.getMessage(), e);
        }
    }

    private Connection connectAndPrepare(Path at) throws SQLException, IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF); // derived data: a torn write means a rebuild
        if (at != null) {
            Files.createDirectories(at.toAbsolutePath().getParent());
        }
        Connection c = config.createConnection(at == null ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + at);
        try {
            IndexSchema.prepare(c, book.dir().toString());
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken database: nothing left to do
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
