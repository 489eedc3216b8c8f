package org.ltsports.ports.recipe;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a URL in a recipe may look like: an absolute URL with an allowed scheme, and a host for http(s). */
final class SourceUrls {
    /** Schemes a source, mirror or patch may be fetched with. */
    static final List<String> SCHEMES = List.of("http", "https", "file");

    private SourceUrls() {
    }

    /** What is wrong with {@code url}, or null when it is fine. */
    static String problem(String url, List<String> schemes) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a valid URL (" + e.getReason() + " at index " + e.getIndex() + "), got \"" + url + "\"";
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if ("file".equals(scheme) && uri.isOpaque()) {
            String relative = uri.getSchemeSpecificPart();
            return List.of(relative.split("/")).contains("..")
                    ? "a relative file: URL must stay inside the recipe collection, got \"" + url + "\"" : null;
        }
        if (scheme == null || !schemes.contains(scheme)) {
            return "scheme must be " + String.join(", ", schemes.subList(0, schemes.size() - 1))
                    + (schemes.size() > 1 ? " or " : "") + schemes.get(schemes.size() - 1) + ", got \"" + url + "\"";
        }
        if (!scheme.equals("file") && (uri.getHost() == null || uri.getHost().isEmpty())) {
            return "has no host, got \"" + url + "\"";
        }
        if (scheme.equals("file") && (uri.getPath() == null || uri.getPath().isEmpty())) {
            return "has no path, got \"" + url + "\"";
        }
        return null;
    }

    /**
     * A relative {@code file:} URL ({@code file:hello/hello-2.10.tar.gz}) made absolute against the
     * directory of the recipe collection; every other URL as it is.
     */
    static String resolve(String url, Path recipeDir) {
        URI uri = URI.create(url);
        if ("file".equalsIgnoreCase(uri.getScheme()) && uri.isOpaque()) {
            return recipeDir.toAbsolutePath().resolve(uri.getSchemeSpecificPart()).normalize().toUri().toString();
        }
        return url;
    }
}
