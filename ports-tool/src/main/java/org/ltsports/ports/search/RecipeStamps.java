package org.ltsports.ports.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ltsports.ports.PortsException;

/**
 * What tells the index that a recipe file changed without reading it: its modification time and
 * size. One pass over the directory, one {@code stat} per file, with the rule of
 * {@link org.ltsports.ports.recipe.RecipeBook#names()}: regular files named {@code <name>.toml},
 * not hidden.
 */
final class RecipeStamps {
    private static final String SUFFIX = ".toml";

    record Stamp(long modifiedNanos, long size) {
    }

    private RecipeStamps() {
    }

    /** Name to stamp of every recipe file now in {@code dir}. */
    static Map<String, Stamp> of(Path dir) {
        Map<String, Stamp> stamps = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(SUFFIX) || fileName.startsWith(".") || fileName.length() == SUFFIX.length()) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue; // removed while listing, or a dangling link: not a recipe
                }
                if (attributes.isRegularFile()) {
                    stamps.put(fileName.substring(0, fileName.length() - SUFFIX.length()),
                            new Stamp(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.size()));
                }
            }
        } catch (IOException e) {
            throw PortsException.failed("cannot list the recipe directory " + dir + ": " + e
                    + " (set PORTS_RECIPES to the directory of <name>.toml files)", e);
        }
        return stamps;
    }

    /**
     * One number for all the stamps, independent of their order: when it equals the one the index
     * recorded, nothing changed and the index need not read its own rows.
     */
    static long fingerprint(Map<String, Stamp> stamps) {
        long sum = stamps.size();
        for (Map.Entry<String, Stamp> entry : stamps.entrySet()) {
            long h = entry.getKey().hashCode();
            h = mix(h ^ entry.getValue().modifiedNanos());
            h = mix(h ^ entry.getValue().size());
            sum += h;
        }
        return sum;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
