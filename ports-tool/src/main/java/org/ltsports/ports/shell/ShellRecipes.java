package org.ltsports.ports.shell;

import java.nio.file.Files;
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
 * prompt, so typing costs one indexed query per key and never a scan of the recipe files.
 * Completion is a help, not a command: a failure here leaves the lists empty and says nothing.
 */
final class ShellRecipes implements AutoCloseable {
    private final Settings settings;
    private final RecipeBook book;
    private SearchIndex index;
    private Map<String, String> installed = Map.of();

    ShellRecipes(Settings settings) {
        this.settings = settings;
        this.book = new RecipeBook(settings.recipes());
    }

    /** Reopens the index where it now belongs (the prefix may have appeared), refreshes it, rereads the receipts. */
    void refresh() {
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
            var where = prefix.map(p -> p.portsVar().resolve(SearchIndex.FILE_NAME));
            if (index == null || (index.file().isEmpty() && where.isPresent())) {
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

    /** Installed name to version directory, as of the last prompt. */
    Map<String, String> installed() {
        return installed;
    }

    /** Ranked hits from the index as of the last prompt. */
    List<SearchHit> search(String query, int limit) {
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
