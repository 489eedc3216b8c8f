package org.ltsports.ports.fetch;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The HTTP client downloads use: bounded connect and read timeouts, redirects followed. */
public final class DownloadClient {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private DownloadClient() {
    }

    /** Connect and read timeouts of 30 s each; no bound on a whole download, which may be large. */
    public static OkHttpClient standard() {
        return withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    /**
     * A client with the given timeouts. It follows up to 20 redirects (more fails as a redirect
     * loop) and does not retry on its own: {@link Fetcher} decides about retries.
     */
    public static OkHttpClient withTimeouts(Duration connect, Duration read) {
        return new OkHttpClient.Builder()
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                .followRedirects(true)
                .followSslRedirects(true)
                .retryOnConnectionFailure(false)
                .build();
    }
}
