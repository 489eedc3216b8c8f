package org.ltsports.prefix;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One installed version of a recipe: {@code <prefix>/Cellar/<name>/<versionDir>}, where the
 * version directory is the version, or {@code <version>_<revision>} when the revision is above 0
 * (Homebrew's PkgVersion).
 */
public record Keg(String name, String version, int revision, Path path) {
    private static final Pattern WITH_REVISION = Pattern.compile("(.+)_(\\d{1,9})");

    public Keg {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(path, "path");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
        Prefix.requireSimpleName(name);
        Prefix.requireSimpleName(version);
    }

    /** The name of the keg's directory under {@code Cellar/<name>/}. */
    public String versionDir() {
        return revision > 0 ? version + "_" + revision : version;
    }

    /** Reads name, version and revision from a keg path {@code .../Cellar/<name>/<versionDir>}; no disk access. */
    public static Keg at(Path kegPath) {
        Path path = kegPath.toAbsolutePath().normalize();
        if (path.getNameCount() < 2) {
            throw new IllegalArgumentException(kegPath + " is not a keg path (.../Cellar/<name>/<version>)");
        }
        String name = path.getParent().getFileName().toString();
        String dir = path.getFileName().toString();
        Matcher m = WITH_REVISION.matcher(dir);
        if (m.matches() && Integer.parseInt(m.group(2)) > 0) {
            return new Keg(name, m.group(1), Integer.parseInt(m.group(2)), path);
        }
        return new Keg(name, dir, 0, path);
    }

    /** True when both name the same keg directory (name and version directory). */
    public boolean sameKegAs(Keg other) {
        return other != null && name.equals(other.name) && versionDir().equals(other.versionDir());
    }

    @Override
    public String toString() {
        return name + " " + versionDir();
    }
}
