package org.ltsports.ports.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ltsports.ports.PortsException;

/**
 * One file to fetch: where it lives ({@code url}, then each of {@code mirrors} in order), the
 * sha256 it must have, and the name it gets in the download cache. A null {@code fileName} is
 * taken from the last path segment of {@code url}.
 */
public record SourceSpec(String url, String sha256, List<String> mirrors, String fileName) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SourceSpec {
        if (url == null || url.isBlank()) {
            throw PortsException.failed("a source needs a url");
        }
        sha256 = checkedSha256(sha256);
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
        fileName = checkedFileName(fileName == null ? fileNameOf(url) : fileName);
    }

    /** A source whose file name is the last path segment of {@code url}. */
    public static SourceSpec of(String url, String sha256, List<String> mirrors) {
        return new SourceSpec(url, sha256, mirrors, null);
    }

    /** The url, then the mirrors, in the order they are tried. */
    public List<String> urls() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(url), mirrors.stream()).toList();
    }

    /** {@code sha256} in lower case, or a PortsException when it is not 64 hex digits. */
    public static String checkedSha256(String sha256) {
        String lower = sha256 == null ? "" : sha256.trim().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(lower).matches()) {
            throw PortsException.usage("not a sha256 (64 hex digits): '" + sha256 + "'");
        }
        return lower;
    }

    static String fileNameOf(String url) {
        String path;
        try {
            path = new URI(url).getPath();
        } catch (URISyntaxException e) {
            throw PortsException.failed("not a valid URL: " + url);
        }
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            throw PortsException.failed("cannot take a file name from " + url + "; give the source a file name");
        }
        return name;
    }

    private static String checkedFileName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.indexOf('\0') >= 0) {
            throw PortsException.failed("not a usable file name for a download: '" + name + "'");
        }
        return name;
    }
}
