package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.fetch.Fetcher;
import org.ltsports.ports.fetch.SourceSpec;

/**
 * A bottle root on an HTTP server: {@code index.json} is read with a plain request; bottles and sidecars
 * come through the {@link Fetcher}, so they are cached by sha256, checked, resumed and retried
 * like source archives.
 */
final class HttpBottles implements BottleStore {
    private final HttpUrl base;
    private final OkHttpClient client;
    private final Fetcher fetcher;

    HttpBottles(String location, OkHttpClient client, Fetcher fetcher) {
        HttpUrl url = HttpUrl.parse(location.endsWith("/") ? location : location + "/");
        if (url == null) {
            throw PortsException.usage("not a valid bottle root URL: " + location);
        }
        this.base = url;
        this.client = client;
        this.fetcher = fetcher;
    }

    @Override
    public List<BottleEntry> entries() {
        HttpUrl index = base.resolve(BottleIndex.FILE);
        Request request = new Request.Builder().url(index).header("User-Agent", "lts-ports").build();
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200) {
                throw PortsException.failed("cannot read the bottle index " + index + ": HTTP " + response.code()
                        + "; a bottle root needs an index.json (`ports bottle --all` writes one)");
            }
            return BottleIndex.parse(response.body().string(), index.toString());
        } catch (IOException e) {
            throw PortsException.failed("cannot read the bottle index " + index + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path get(String file, String sha256) {
        return fetcher.fetch(new SourceSpec(base.resolve(file).toString(), sha256, List.of(), file));
    }
}
