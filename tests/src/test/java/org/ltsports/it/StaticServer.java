package org.ltsports.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/** A static HTTP server on loopback serving the files of one directory, as any web server would. */
final class StaticServer implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    StaticServer(Path dir) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String name = request.getRequestUrl().encodedPath().substring(1);
                requested.add(name);
                Path file = dir.resolve(name).normalize();
                try {
                    if (!file.startsWith(dir) || name.isEmpty() || !Files.isRegularFile(file)) {
                        return new MockResponse().setResponseCode(404);
                    }
                    return new MockResponse().setBody(new Buffer().write(Files.readAllBytes(file)));
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(500);
                }
            }
        });
        server.start();
    }

    /** The URL of the directory. */
    String url() {
        return server.url("/").toString();
    }

    /** The paths asked for, in order. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
