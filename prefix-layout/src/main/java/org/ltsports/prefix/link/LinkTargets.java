package org.ltsports.prefix.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;

/**
 * Where farm links point, and which keg owns them: a link whose target resolves into
 * {@code <prefix>/Cellar/<name>/<versionDir>} belongs to that keg. Decided from the link itself.
 */
final class LinkTargets {
    private final Path root;
    private final Path cellar;
    private final Path realCellar;

    LinkTargets(Prefix prefix) {
        this.root = prefix.root();
        this.cellar = prefix.cellar();
        this.realCellar = realPath(cellar);
    }

    /** The absolute, normalised target of a link at {@code path} (relative to the root). */
    Path resolve(Path path, Path rawTarget) {
        return root.resolve(path).getParent().resolve(rawTarget).normalize();
    }

    Optional<Keg> owner(Path resolvedTarget) {
        Path inCellar = null;
        if (resolvedTarget.startsWith(cellar)) {
            inCellar = cellar.relativize(resolvedTarget);
        } else if (realCellar != null && resolvedTarget.startsWith(realCellar)) {
            inCellar = realCellar.relativize(resolvedTarget);
        }
        if (inCellar == null || inCellar.getNameCount() < 2 || inCellar.toString().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Keg.at(cellar.resolve(inCellar.getName(0)).resolve(inCellar.getName(1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the link's target is {@code source}, spelled the same or through the same real directory. */
    boolean pointsTo(Path path, Path rawTarget, Path source) {
        Path resolved = resolve(path, rawTarget);
        if (resolved.equals(source)) {
            return true;
        }
        Path a = realPath(resolved.getParent());
        return a != null && a.equals(realPath(source.getParent()))
                && resolved.getFileName().equals(source.getFileName());
    }

    static boolean dangling(Path resolvedTarget) {
        return !Files.exists(resolvedTarget);
    }

    private static Path realPath(Path p) {
        try {
            return p == null ? null : p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
