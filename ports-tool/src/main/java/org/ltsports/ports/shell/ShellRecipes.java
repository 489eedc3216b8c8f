package org.ltsports.ports.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.Settings;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.ports.search.InstalledVersions;
import org.ltsports.ports.search.SearchHit;
import org.ltsports.ports.search.SearchIndex;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixException;

/**
 * What completion and suggestions know while the shell waits for a line: the recipe names, a
 * search index kept open for the session, and the installed kegs. Brought up to date once per
 * line, when completion first asks after the prompt (so a prompt appears without waiting for it),
 * and typing costs one indexed query per key, never a scan of the recipe files.
 * Completion is a help, not a command: a failure here leaves the lists empty and says nothing.
 */
final class ShellRecipes implements AutoCloseable {
    private final Settings settings;
    private final RecipeBook book;
    private SearchIndex index;
    private Map<String, String> installed = Map.of();
    private boolean stale = true;

    ShellRecipes(Settings settings) {
        this.settings = settings;
        this.book = new RecipeBook(settings.recipes());
    }

    /** Called at each prompt: what a command may have changed is looked at again when completion next asks. */
    void refresh() {
        stale = true;
    }

    /** Reopens the index where it now belongs (the prefix may have appeared), refreshes it, rereads the receipts. */
    private void freshen() {
        if (!stale) {
            return;
        }
        stale = false;
        Optional<Prefix> prefix = prefix();
        try {
            installed = InstalledVersions.of(prefix);
        } catch (PrefixException e) {
            installed = Map.of();
        }
        if (!Files.isDirectory(book.dir())) {
            return;
        }
        try {
            Optional<Path> where = prefix.map(p -> p.portsVar().resolve(SearchIndex.FILE_NAME));
            boolean moved = index == null || !index.file().equals(where) // the prefix appeared, or went
                    || where.map(file -> !Files.exists(file)).orElse(false); // wiped and made again
            if (moved) {
                close();
                index = SearchIndex.forPrefix(book, prefix);
            }
            index.refresh();
        } catch (PortsException e) {
            close();
        }
    }

    List<String> names() {
        try {
            return book.names();
        } catch (PortsException e) {
            return List.of();
        }
    }

    /** Installed name to version directory. */
    Map<String, String> installed() {
        freshen();
        return installed;
    }

    /** Ranked hits from the index. */
    List<SearchHit> search(String query, int limit) {
        freshen();
        if (index == null) {
            return List.of();
        }
        try {
            return index.query(query, limit);
        } catch (PortsException e) {
            return List.of();
        }
    }

    private Optional<Prefix> prefix() {
        return Prefix.isPrefix(settings.prefix()) ? Optional.of(Prefix.open(settings.prefix())) : Optional.empty();
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
