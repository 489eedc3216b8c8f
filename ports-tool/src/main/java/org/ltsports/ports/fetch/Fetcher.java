package org.ltsports.ports.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.progress.ProgressListener;

/**
 * Brings source files into the {@link DownloadCache}: a cache hit needs no network; otherwise
 * the url and then each mirror is tried, with retries for passing trouble, resumption of a
 * partial download, and a sha256 check before the file enters the cache.
 */
public final class Fetcher {
    private final DownloadCache cache;
    private final HttpDownload http;
    private final RetryPolicy retry;

    public Fetcher(DownloadCache cache, OkHttpClient client, ProgressListener progress) {
        this(cache, client, progress, RetryPolicy.STANDARD);
    }

    public Fetcher(DownloadCache cache, OkHttpClient client, ProgressListener progress, RetryPolicy retry) {
        this.cache = cache;
        this.http = new HttpDownload(client, progress);
        this.retry = retry;
    }

    /**
     * The cached file for {@code spec}, downloaded first if need be.
     *
     * @throws PortsException integrity (exit 4) when a download has the wrong sha256 (it is removed),
     *                        failed (exit 1) naming each URL tried and why when no source worked
     */
    public Path fetch(SourceSpec spec) {
        Optional<Path> cached = verifiedCacheHit(spec.sha256());
        if (cached.isPresent()) {
            return cached.get();
        }
        List<String> failures = new ArrayList<>();
        for (String url : spec.urls()) {
            Optional<Path> fetched = fetchFrom(url, spec, failures);
            if (fetched.isPresent()) {
                return fetched.get();
            }
        }
        throw PortsException.failed("could not fetch " + spec.fileName() + ": " + String.join("; ", failures)
                + "; for an offline install, download it yourself and run `ports cache add <file>`");
    }

    /** Fetches several sources in parallel; see {@link ParallelFetch}. */
    public List<Path> fetchAll(List<SourceSpec> specs) {
        return new ParallelFetch(this::fetch, http::cancelAll).run(specs);
    }

    private Optional<Path> verifiedCacheHit(String sha256) {
        Optional<Path> hit = cache.lookup(sha256);
        if (hit.isPresent() && !DownloadCache.sha256(hit.get()).equals(sha256)) {
            DownloadCache.deleteQuietly(hit.get());
            return Optional.empty();
        }
        return hit;
    }

    private Optional<Path> fetchFrom(String url, SourceSpec spec, List<String> failures) {
        String scheme = schemeOf(url);
        if (scheme.equals("file")) {
            Path local = Path.of(URI.create(url));
            if (Files.isRegularFile(local)) {
                return Optional.of(cache.add(local, spec.sha256(), spec.fileName()));
            }
            failures.add(url + ": no such file");
        } else if (scheme.equals("http") || scheme.equals("https")) {
            return download(url, spec, failures);
        } else {
            failures.add(url + ": unsupported URL scheme (http, https and file work)");
        }
        return Optional.empty();
    }

    private Optional<Path> download(String url, SourceSpec spec, List<String> failures) {
        Path part = cache.partPath(spec.sha256(), spec.fileName());
        SourceFailure last = null;
        int attempt = 0;
        while (attempt < retry.attempts() && (last == null || last.next() == SourceFailure.Next.RETRY)) {
            if (attempt > 0) {
                pause(retry.delayAfter(attempt), spec);
            }
            attempt++;
            try {
                Files.createDirectories(cache.dir());
                if (!holds(part, spec.sha256())) {
                    http.into(url, part, spec.fileName());
                }
                return Optional.of(complete(part, spec));
            } catch (SourceFailure failure) {
                last = failure;
            } catch (IOException e) {
                throw PortsException.failed("cannot write to the download cache " + cache.dir() + ": " + e.getMessage(), e);
            }
        }
        if (last.next() == SourceFailure.Next.STOP) {
            throw PortsException.failed("fetching " + spec.fileName() + " was cancelled");
        }
        failures.add(url + ": " + last.getMessage() + (attempt > 1 ? " (" + attempt + " attempts)" : ""));
        return Optional.empty();
    }

    private static boolean holds(Path part, String sha256) throws IOException {
        return Files.isRegularFile(part) && Files.size(part) > 0 && DownloadCache.sha256(part).equals(sha256);
    }

    private Path complete(Path part, SourceSpec spec) throws IOException {
        String actual = DownloadCache.sha256(part);
        if (!actual.equals(spec.sha256())) {
            Files.deleteIfExists(part);
            throw PortsException.integrity("checksum mismatch for " + spec.fileName() + ": expected " + spec.sha256()
                    + ", got " + actual + "; the download was removed; check the sha256 in the recipe,"
                    + " or fetch again if the server sent a broken file");
        }
        Path target = cache.finalPath(spec.sha256(), spec.fileName());
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static void pause(Duration delay, SourceSpec spec) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PortsException.failed("fetching " + spec.fileName() + " was cancelled");
        }
    }

    private static String schemeOf(String url) {
        int colon = url.indexOf(':');
        return colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
