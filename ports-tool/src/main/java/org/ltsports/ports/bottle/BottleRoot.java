package org.ltsports.ports.bottle;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.fetch.DownloadCache;
import org.ltsports.ports.fetch.DownloadClient;
import org.ltsports.ports.fetch.Fetcher;
import org.ltsports.ports.progress.ProgressListener;

/**
 * Where bottles are poured from ({@code PORTS_BOTTLE_ROOT}): a directory, or an {@code http(s)}
 * URL of a directory with an {@code index.json}. The index is read once per instance.
 */
public final class BottleRoot {
    private final String location;
    private final BottleStore store;
    private List<BottleEntry> entries;

    private BottleRoot(String location, BottleStore store) {
        this.location = location;
        this.store = store;
    }

    /** A root whose downloads go into {@code cacheDir} with the standard client and no progress bar. */
    public static BottleRoot open(String location, Path cacheDir) {
        return open(location, cacheDir, DownloadClient.standard(), ProgressListener.NONE);
    }

    /**
     * @param location  a directory, a {@code file:} URL, or an {@code http(s)} URL
     * @param cacheDir  the download cache bottles from an HTTP root go into (unused for a directory)
     */
    public static BottleRoot open(String location, Path cacheDir, OkHttpClient client, ProgressListener progress) {
        String lower = location.toLowerCase(Locale.ROOT);
        BottleStore store;
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            store = new HttpBottles(location, client, new Fetcher(new DownloadCache(cacheDir), client, progress));
        } else if (lower.startsWith("file:")) {
            store = new DirectoryBottles(Path.of(URI.create(location)));
        } else if (lower.contains("://")) {
            throw PortsException.usage("a bottle root is a directory or an http(s) URL, not " + location);
        } else {
            store = new DirectoryBottles(Path.of(location).toAbsolutePath().normalize());
        }
        return new BottleRoot(location, store);
    }

    public String location() {
        return location;
    }

    /** Every bottle the root lists. */
    public List<BottleEntry> entries() {
        if (entries == null) {
            entries = store.entries();
        }
        return entries;
    }

    /** The bottles of one name and version, for any release and architecture. */
    public List<BottleEntry> entriesFor(String name, String versionDir) {
        return entries().stream().filter(e -> e.name().equals(name) && e.versionDir().equals(versionDir)).toList();
    }

    /** The bottle of exactly this name, version, release and architecture, if the root has one. */
    public Optional<BottleEntry> find(String name, String versionDir, String release, String arch) {
        return entriesFor(name, versionDir).stream()
                .filter(e -> e.release().equals(release) && e.arch().equals(arch))
                .findFirst();
    }

    /**
     * The bottle and its sidecar on this machine (downloaded into the cache for an HTTP root).
     *
     * @throws PortsException integrity when the sidecar is not the one the index lists
     */
    public LocalBottle fetch(BottleEntry entry) {
        Path sidecarFile = store.get(entry.sidecarFile(), entry.sidecarSha256());
        String sidecarSha256 = DownloadCache.sha256(sidecarFile);
        BottleSidecar sidecar = BottleSidecar.read(sidecarFile);
        if (!sidecarSha256.equals(entry.sidecarSha256()) || !sidecar.sha256().equals(entry.sha256())
                || !sidecar.bottleName().equals(entry.bottleName())) {
            throw PortsException.integrity("the sidecar of " + entry.file() + " in " + location
                    + " is not the one its index lists; run `ports bottle --all` there again");
        }
        return new LocalBottle(store.get(entry.file(), entry.sha256()), sidecarFile, sidecar);
    }
}
