package org.ltsports.ports.bottle;

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

/** A static HTTP server on loopback serving one directory under {@code /bottles/}, as any web server would. */
final class DirectoryServer implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    DirectoryServer(Path dir) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                requested.add(path);
                Path file = path.startsWith("/bottles/") ? dir.resolve(path.substring("/bottles/".length())) : null;
                try {
                    if (file == null || file.getFileName().toString().startsWith(".") || !Files.isRegularFile(file)) {
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

    String root() {
        return server.url("/bottles").toString();
    }

    List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
