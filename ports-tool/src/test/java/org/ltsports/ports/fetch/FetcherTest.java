package org.ltsports.ports.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.progress.ProgressListener;

class FetcherTest {
    private static final byte[] CONTENT = randomBytes(300_000);
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    @TempDir
    Path temp;

    private MockWebServer server;
    private DownloadCache cache;
    private String sha;

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start();
        cache = new DownloadCache(temp.resolve("downloads"));
        sha = DownloadCache.sha256(Files.write(temp.resolve("expected"), CONTENT));
    }

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown();
    }

    private Fetcher fetcher(OkHttpClient client) {
        return new Fetcher(cache, client, ProgressListener.NONE, RetryPolicy.immediate(3));
    }

    private Fetcher fetcher() {
        return fetcher(DownloadClient.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    @Test
    void aCacheHitIsReturnedWithoutAnyRequest() throws Exception {
        Path cached = cache.add(temp.resolve("expected"), sha, "pkg-1.0.tar.gz");

        Path fetched = fetcher().fetch(SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of()));

        assertEquals(cached, fetched);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void notFoundMovesToTheMirrorAtOnce() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404));
        server.enqueue(new MockResponse().setBody(new Buffer().write(CONTENT)));

        Path fetched = fetcher().fetch(SourceSpec.of(url("/gone/pkg-1.0.tar.gz"), sha, List.of(url("/mirror/pkg-1.0.tar.gz"))));

        assertArrayEquals(CONTENT, Files.readAllBytes(fetched));
        assertEquals(cache.dir().resolve(sha + "--pkg-1.0.tar.gz"), fetched);
        assertEquals("/gone/pkg-1.0.tar.gz", server.takeRequest().getPath());
        assertEquals("/mirror/pkg-1.0.tar.gz", server.takeRequest().getPath(), "a 404 is not retried");
    }

    @Test
    void aServerErrorIsRetriedOnTheSameUrl() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setBody(new Buffer().write(CONTENT)));

        Path fetched = fetcher().fetch(SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of()));

        assertArrayEquals(CONTENT, Files.readAllBytes(fetched));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aBodyCutShortIsResumedWithARangeRequest() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String range = request.getHeader("Range");
                if (range == null) {
                    return new MockResponse().setBody(new Buffer().write(CONTENT))
                            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
                }
                Matcher m = RANGE.matcher(range);
                assertTrue(m.matches(), range);
                int from = Integer.parseInt(m.group(1));
                return new MockResponse().setResponseCode(206)
                        .setHeader("Content-Range", "bytes " + from + "-" + (CONTENT.length - 1) + "/" + CONTENT.length)
                        .setBody(new Buffer().write(CONTENT, from, CONTENT.length - from));
            }
        });

        Path fetched = fetcher().fetch(SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of()));

        assertArrayEquals(CONTENT, Files.readAllBytes(fetched));
        assertNull(server.takeRequest().getHeader("Range"));
        Matcher resumed = RANGE.matcher(String.valueOf(server.takeRequest().getHeader("Range")));
        assertTrue(resumed.matches(), "the second request asks for the rest");
        long from = Long.parseLong(resumed.group(1));
        assertTrue(from > 0 && from < CONTENT.length, "resumed at " + from);
        assertFalse(Files.exists(cache.partPath(sha, "pkg-1.0.tar.gz")));
    }

    @Test
    void aServerIgnoringTheRangeStartsTheFileOver() throws Exception {
        Files.createDirectories(cache.dir());
        Files.write(cache.partPath(sha, "pkg-1.0.tar.gz"), new byte[] {1, 2, 3});
        server.enqueue(new MockResponse().setBody(new Buffer().write(CONTENT)));

        Path fetched = fetcher().fetch(SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of()));

        assertEquals("bytes=3-", server.takeRequest().getHeader("Range"));
        assertArrayEquals(CONTENT, Files.readAllBytes(fetched));
    }

    @Test
    void aWrongChecksumIsAnIntegrityFailureAndLeavesNothingInTheCache() throws Exception {
        server.enqueue(new MockResponse().setBody("not the release you are looking for"));

        PortsException e = assertThrows(PortsException.class,
                () -> fetcher().fetch(SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of())));

        assertEquals(4, e.exitCode());
        assertTrue(e.getMessage().startsWith("checksum mismatch for pkg-1.0.tar.gz: expected " + sha), e.getMessage());
        assertTrue(e.getMessage().contains("removed"), e.getMessage());
        try (var files = Files.list(cache.dir())) {
            assertEquals(List.of(), files.toList(), "neither .part nor final file is left");
        }
    }

    @Test
    void aFileUrlIsVerifiedAndCopiedIntoTheCache() throws Exception {
        Path local = Files.write(temp.resolve("pkg-1.0.tar.gz"), CONTENT);

        Path fetched = fetcher().fetch(SourceSpec.of(local.toUri().toString(), sha, List.of()));

        assertEquals(cache.dir().resolve(sha + "--pkg-1.0.tar.gz"), fetched);
        assertArrayEquals(CONTENT, Files.readAllBytes(fetched));
        assertTrue(Files.exists(local), "the original stays where it was");
    }

    @Test
    void aStalledServerTimesOutAndTheFailureSuggestsCacheAdd() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
            }
        });
        Fetcher fetcher = new Fetcher(cache, DownloadClient.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200)),
                ProgressListener.NONE, RetryPolicy.immediate(2));
        String url = url("/pkg-1.0.tar.gz");

        PortsException e = assertThrows(PortsException.class, () -> fetcher.fetch(SourceSpec.of(url, sha, List.of())));

        assertEquals(PortsException.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains(url + ": timed out"), e.getMessage());
        assertTrue(e.getMessage().contains("2 attempts"), e.getMessage());
        assertTrue(e.getMessage().contains("ports cache add <file>"), e.getMessage());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aRedirectLoopFailsClearly() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(302).setHeader("Location", "/loop/pkg-1.0.tar.gz");
            }
        });
        String url = url("/loop/pkg-1.0.tar.gz");

        PortsException e = assertThrows(PortsException.class, () -> fetcher().fetch(SourceSpec.of(url, sha, List.of())));

        assertTrue(e.getMessage().contains(url + ": redirect loop"), e.getMessage());
    }

    @Test
    void whenEverySourceFailsEachUrlIsNamedWithItsReason() {
        server.enqueue(new MockResponse().setResponseCode(404));
        server.enqueue(new MockResponse().setResponseCode(403));
        String first = url("/a/pkg-1.0.tar.gz");
        String second = url("/b/pkg-1.0.tar.gz");
        String third = temp.resolve("missing.tar.gz").toUri().toString();

        PortsException e = assertThrows(PortsException.class,
                () -> fetcher().fetch(SourceSpec.of(first, sha, List.of(second, third))));

        assertTrue(e.getMessage().contains(first + ": HTTP 404"), e.getMessage());
        assertTrue(e.getMessage().contains(second + ": HTTP 403"), e.getMessage());
        assertTrue(e.getMessage().contains(third + ": no such file"), e.getMessage());
    }

    @Test
    void fetchAllReturnsResultsInTheOrderAsked() throws Exception {
        byte[] other = randomBytes(1000);
        String otherSha = DownloadCache.sha256(Files.write(temp.resolve("other"), other));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                byte[] body = request.getPath().contains("other") ? other : CONTENT;
                return new MockResponse().setBody(new Buffer().write(body));
            }
        });

        List<Path> fetched = fetcher().fetchAll(List.of(
                SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of()),
                SourceSpec.of(url("/other-2.0.tar.gz"), otherSha, List.of()),
                SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of())));

        assertEquals(List.of(cache.dir().resolve(sha + "--pkg-1.0.tar.gz"),
                cache.dir().resolve(otherSha + "--other-2.0.tar.gz"),
                cache.dir().resolve(sha + "--pkg-1.0.tar.gz")), fetched);
        assertEquals(2, server.getRequestCount(), "the same sha256 is fetched once");
    }

    @Test
    void fetchAllFailsWithTheErrorOfTheFailingSource() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getPath().contains("bad")
                        ? new MockResponse().setBody("tampered")
                        : new MockResponse().setBody(new Buffer().write(CONTENT));
            }
        });

        PortsException e = assertThrows(PortsException.class, () -> fetcher().fetchAll(List.of(
                SourceSpec.of(url("/pkg-1.0.tar.gz"), sha, List.of()),
                SourceSpec.of(url("/bad-1.0.tar.gz"), "c".repeat(64), List.of()))));

        assertEquals(PortsException.INTEGRITY, e.exitCode());
        assertTrue(e.getMessage().contains("bad-1.0.tar.gz"), e.getMessage());
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
