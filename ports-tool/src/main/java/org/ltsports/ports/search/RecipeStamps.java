package org.ltsports.ports.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.RecipeBook;

/**
 * What tells the index that a recipe file changed without reading it: its modification time
 * and size, for every name {@link RecipeBook#names()} lists.
 */
final class RecipeStamps {

    record Stamp(long modifiedNanos, long size) {
    }

    private RecipeStamps() {
    }

    /** Name to stamp of every recipe file now in the collection. */
    static Map<String, Stamp> of(RecipeBook book) {
        Map<String, Stamp> stamps = new HashMap<>();
        for (String name : book.names()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(book.fileOf(name), BasicFileAttributes.class);
                stamps.put(name, new Stamp(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.size()));
            } catch (NoSuchFileException e) {
                // removed between the listing and now: it is gone
            } catch (IOException e) {
                throw PortsException.failed("cannot read " + book.fileOf(name) + ": " + e.getMessage(), e);
            }
        }
        return stamps;
    }
}
