package org.ltsports.prefix.receipt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the prefix knows about one installed keg: where it is, why it is there ({@code onRequest}:
 * asked for by name rather than pulled in as a dependency), what it was built from and against,
 * and the files and farm links it owns (paths relative to the prefix root).
 * {@code release}, {@code sourceSha256} and {@code summary} may be null.
 */
public record Receipt(
        String name,
        String version,
        int revision,
        String kegPath,
        boolean onRequest,
        Instant installedAt,
        String release,
        String sourceSha256,
        String summary,
        List<String> runtimeDeps,
        List<String> buildDeps,
        List<String> files,
        List<String> links) {

    public Receipt {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kegPath, "kegPath");
        Objects.requireNonNull(installedAt, "installedAt");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
        runtimeDeps = copy(runtimeDeps);
        buildDeps = copy(buildDeps);
        files = copy(files);
        links = copy(links);
    }

    public Receipt withLinks(List<String> newLinks) {
        return new Receipt(name, version, revision, kegPath, onRequest, installedAt, release, sourceSha256,
                summary, runtimeDeps, buildDeps, files, newLinks);
    }

    public Receipt withOnRequest(boolean requested) {
        return new Receipt(name, version, revision, kegPath, requested, installedAt, release, sourceSha256,
                summary, runtimeDeps, buildDeps, files, links);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
