package org.ltsports.ports.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.ltsports.ports.progress.ProgressListener;

/**
 * One HTTP attempt: downloads a URL into a {@code .part} file, resuming with a {@code Range}
 * request when the file already holds a beginning. Knows nothing of checksums or mirrors.
 */
final class HttpDownload {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");

    private final OkHttpClient client;
    private final ProgressListener progress;
    private final Set<Call> running = ConcurrentHashMap.newKeySet();

    HttpDownload(OkHttpClient client, ProgressListener progress) {
        this.client = client;
        this.progress = progress;
    }

    /** Returns when {@code part} holds the whole body the server sent; throws why not otherwise. */
    void into(String url, Path part, String label) throws SourceFailure {
        Request.Builder request;
        try {
            request = new Request.Builder().url(url);
        } catch (IllegalArgumentException e) {
            throw SourceFailure.nextSource("not a valid URL");
        }
        Call call = null;
        try {
            long have = Files.exists(part) ? Files.size(part) : 0;
            request.header("Accept-Encoding", "identity").header("User-Agent", "lts-ports");
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-");
            }
            call = client.newCall(request.build());
            running.add(call);
            try (Response response = call.execute()) {
                boolean append = checkResponse(response, have, part);
                receive(response.body(), part, append ? have : 0, append, label);
            }
        } catch (IOException e) {
            throw failureOf(e, call);
        } finally {
            running.remove(call);
        }
    }

    /** Cancels every download in progress; their threads see a STOP failure. */
    void cancelAll() {
        running.forEach(Call::cancel);
    }

    private static boolean checkResponse(Response response, long have, Path part) throws IOException, SourceFailure {
        int code = response.code();
        String status = "HTTP " + code + (response.message().isEmpty() ? "" : " " + response.message());
        if (code == 206) {
            Matcher range = CONTENT_RANGE.matcher(String.valueOf(response.header("Content-Range")));
            if (!range.matches() || Long.parseLong(range.group(1)) != have) {
                Files.deleteIfExists(part);
                throw SourceFailure.retry("the server resumed at the wrong place (" + response.header("Content-Range") + ")");
            }
            return true;
        }
        if (code == 200) {
            return false;
        }
        if (code == 416 && have > 0) {
            Files.deleteIfExists(part);
            throw SourceFailure.retry("the server would not resume the partial download (" + status + ")");
        }
        if (code >= 500 || code == 408 || code == 429) {
            throw SourceFailure.retry(status);
        }
        throw SourceFailure.nextSource(status);
    }

    private void receive(ResponseBody body, Path part, long offset, boolean append, String label) throws IOException {
        long length = body.contentLength();
        progress.start(label, length < 0 ? -1 : offset + length);
        try (InputStream in = body.byteStream();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            progress.advance(offset);
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                progress.advance(n);
            }
        } finally {
            progress.done();
        }
    }

    private static SourceFailure failureOf(IOException e, Call call) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if ((call != null && call.isCanceled()) || Thread.currentThread().isInterrupted()) {
            return SourceFailure.stop("cancelled");
        }
        if (e instanceof ProtocolException && message.startsWith("Too many follow-up requests")) {
            return SourceFailure.nextSource("redirect loop (gave up after 20 redirects)");
        }
        if (e instanceof SocketTimeoutException) {
            return SourceFailure.retry("timed out (" + message + ")");
        }
        if (e instanceof UnknownHostException) {
            return SourceFailure.nextSource("unknown host " + message);
        }
        if (e instanceof SSLHandshakeException) {
            return SourceFailure.nextSource("TLS handshake failed (" + message + ")");
        }
        return SourceFailure.retry("connection failed (" + message + ")");
    }
}
