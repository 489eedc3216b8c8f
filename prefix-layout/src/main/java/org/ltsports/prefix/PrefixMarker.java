package org.ltsports.prefix;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The content of a prefix's {@code .ports-prefix} marker: the marker format, when the prefix was
 * created and the LTS release it is pinned to ({@code null} while nothing is pinned).
 * Stored as {@code key=value} lines so people can read it.
 */
public record PrefixMarker(int formatVersion, Instant created, String pinnedRelease) {
    /** The marker format this code writes and understands. */
    public static final int FORMAT_VERSION = 1;

    public PrefixMarker {
        if (created == null) {
            throw new IllegalArgumentException("created must be set");
        }
        if (pinnedRelease != null && (pinnedRelease.isBlank() || pinnedRelease.contains("\n"))) {
            throw new IllegalArgumentException("pinned release must be one non-blank line: " + pinnedRelease);
        }
    }

    public static PrefixMarker fresh(String pinnedRelease) {
        return new PrefixMarker(FORMAT_VERSION, Instant.now(), blankToNull(pinnedRelease));
    }

    public PrefixMarker withPinnedRelease(String release) {
        return new PrefixMarker(formatVersion, created, blankToNull(release));
    }

    public String toText() {
        return "# LTS Ports prefix: `ports` works in this directory and `ports wipe` may remove it.\n"
                + "format=" + formatVersion + "\n"
                + "created=" + created + "\n"
                + "pinned-release=" + (pinnedRelease == null ? "" : pinnedRelease) + "\n";
    }

    /** Reads marker text; {@code source} only names the file in error messages. */
    public static PrefixMarker parse(String text, Path source) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            int eq = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || eq < 0) {
                continue;
            }
            values.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
        }
        try {
            int format = Integer.parseInt(values.getOrDefault("format", ""));
            if (format > FORMAT_VERSION) {
                throw PrefixException.refused(source + " has marker format " + format
                        + ", newer than this ports understands (" + FORMAT_VERSION + "); upgrade ports");
            }
            Instant created = Instant.parse(values.getOrDefault("created", ""));
            return new PrefixMarker(format, created, blankToNull(values.get("pinned-release")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new PrefixException(source + " is damaged (format and created must be set): " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
