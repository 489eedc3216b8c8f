package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The layout of a prefix on disk (DESIGN.md §2). A directory is a prefix when it holds the
 * {@code .ports-prefix} marker; without it no command will use, change or wipe it.
 */
public final class Prefix {
    public static final String MARKER = ".ports-prefix";
    private static final List<String> DIRECTORIES = List.of(
            "Cellar", "opt", "var/ports", "var/ports/tmp", "var/ports/logs", "var/cache/ports/downloads");
    private static final Set<String> TOP_LEVEL = Set.of(
            MARKER, "Cellar", "opt", "var", "bin", "sbin", "lib", "include", "share", "etc");

    private final Path root;

    private Prefix(Path root) {
        this.root = root;
    }

    /**
     * Opens the prefix at {@code root}, making it first when the directory is missing or empty.
     * An existing prefix is opened as it is (its marker, and so its pinned release, is kept).
     * The marker is placed last and only if no other process placed one first, so two commands
     * making the same prefix at once both end up using it, and a creation cut short (directories,
     * no marker) is completed by the next.
     *
     * @throws PrefixException refused when {@code root} is a non-empty directory without a marker or not a directory
     */
    public static Prefix create(Path root, String pinnedRelease) {
        Path dir = root.toAbsolutePath().normalize();
        try {
            if (!isPrefix(dir)) {
                refuseForeign(dir);
                makeDirectories(dir);
                new Prefix(dir).placeMarker(PrefixMarker.fresh(pinnedRelease));
            }
            makeDirectories(dir);
            return new Prefix(dir);
        } catch (IOException e) {
            throw new PrefixException("Could not create the prefix at " + dir + ": " + e, e);
        }
    }

    private static void makeDirectories(Path dir) throws IOException {
        for (String d : DIRECTORIES) {
            Files.createDirectories(dir.resolve(d));
        }
    }

    /** Writes the marker unless there is one already: a hard link of a finished file, which fails if the name is taken. */
    private void placeMarker(PrefixMarker marker) throws IOException {
        Path temp = Files.createTempFile(tmp(), ".marker-", ".tmp");
        try {
            Files.writeString(temp, marker.toText(), StandardCharsets.UTF_8);
            try {
                Files.createLink(markerFile(), temp);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, markerFile());
            }
        } catch (FileAlreadyExistsException e) {
            // another command made this prefix at the same moment: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** @throws PrefixException refused when {@code root} has no marker */
    public static Prefix open(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        if (!isPrefix(dir)) {
            throw PrefixException.refused(dir + " is not a ports prefix (no " + MARKER
                    + " marker); create one with `ports --prefix " + dir + " install ...` or pick another prefix");
        }
        return new Prefix(dir);
    }

    public static boolean isPrefix(Path root) {
        return Files.isRegularFile(root.resolve(MARKER), NOFOLLOW_LINKS);
    }

    private static void refuseForeign(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw PrefixException.refused(dir + " exists and is not a directory; it cannot become a ports prefix");
        }
        if (Files.isDirectory(dir) && !onlyPrefixDirectories(dir, dir)) {
            throw PrefixException.refused(dir + " is not empty and has no " + MARKER
                    + " marker; it is not ours to take over. Use a new or empty directory");
        }
    }

    /** True when everything below {@code dir} is a directory of a new prefix (files only in var/ports/tmp, and the marker). */
    private static boolean onlyPrefixDirectories(Path root, Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                String rel = root.relativize(entry).toString();
                if (rel.startsWith("var/ports/tmp/") || rel.equals(MARKER)) {
                    continue; // a marker: another command finished making this prefix a moment ago
                }
                boolean planned = DIRECTORIES.stream().anyMatch(d -> d.equals(rel) || d.startsWith(rel + "/"));
                if (!planned || !Files.isDirectory(entry, NOFOLLOW_LINKS) || !onlyPrefixDirectories(root, entry)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True for the names a prefix may hold at its top: the marker (and the temporary files of its
     * rewrite), the Cellar, opt, var and the farm directories. Anything else means the directory
     * is not only a prefix, whatever marker it holds.
     */
    public static boolean isPrefixEntry(String name) {
        return TOP_LEVEL.contains(name) || name.startsWith(MARKER);
    }

    public Path root() {
        return root;
    }

    public Path cellar() {
        return root.resolve("Cellar");
    }

    public Path opt() {
        return root.resolve("opt");
    }

    public Path opt(String name) {
        return opt().resolve(requireSimpleName(name));
    }

    public Path kegDir(String name, String versionDir) {
        return cellar().resolve(requireSimpleName(name)).resolve(requireSimpleName(versionDir));
    }

    /** The keg of that name and version in this prefix (it need not exist yet). */
    public Keg keg(String name, String version, int revision) {
        Keg keg = new Keg(name, version, revision, root);
        return new Keg(name, version, revision, kegDir(name, keg.versionDir()));
    }

    public Path portsVar() {
        return root.resolve("var/ports");
    }

    public Path tmp() {
        return portsVar().resolve("tmp");
    }

    public Path logs(String name) {
        return portsVar().resolve("logs").resolve(requireSimpleName(name));
    }

    public Path downloads() {
        return root.resolve("var/cache/ports/downloads");
    }

    public Path database() {
        return portsVar().resolve("ports.db");
    }

    public Path lockFile() {
        return portsVar().resolve("lock");
    }

    public Path markerFile() {
        return root.resolve(MARKER);
    }

    public PrefixMarker marker() {
        try {
            return PrefixMarker.parse(Files.readString(markerFile(), StandardCharsets.UTF_8), markerFile());
        } catch (IOException e) {
            throw new PrefixException("Could not read " + markerFile() + ": " + e, e);
        }
    }

    /** Pins another release: rewrites the marker atomically and returns the new marker. */
    public PrefixMarker withPinnedRelease(String release) {
        PrefixMarker marker = marker().withPinnedRelease(release);
        try {
            writeMarker(marker);
        } catch (IOException e) {
            throw new PrefixException("Could not rewrite " + markerFile() + ": " + e, e);
        }
        return marker;
    }

    private void writeMarker(PrefixMarker marker) throws IOException {
        AtomicFiles.writeString(markerFile(), marker.toText());
    }

    /** Installed kegs, {@code Cellar/<name>/<versionDir>}, sorted by name then version directory. */
    public List<Keg> kegs() {
        return KegDirectories.list(cellar());
    }

    /** Points {@code opt/<name>} at the keg, replacing an earlier opt link atomically. */
    public void linkOpt(Keg keg) {
        OptLinks.link(this, keg);
    }

    /** Removes the {@code opt/<name>} link; false when there was none. */
    public boolean removeOpt(String name) {
        return OptLinks.remove(this, name);
    }

    /** A name used as one path element: no separators, not {@code .} or {@code ..}, not empty. */
    static String requireSimpleName(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")
                || name.contains("/") || name.contains("\0")) {
            throw new IllegalArgumentException("not a usable name for a path element: " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
