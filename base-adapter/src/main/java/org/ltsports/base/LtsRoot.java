package org.ltsports.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory that holds LTS releases side by side ({@code $PORTS_LTS_ROOT}, default {@code /lts}):
 * each release is an entry {@code <root>/<release>}, a directory or a link to one; hidden entries
 * ({@code .store}, {@code .generations}) are not releases.
 */
public record LtsRoot(Path path) {

    public static final Path DEFAULT = Path.of("/lts");

    public static LtsRoot fromEnvironment(Map<String, String> env) {
        String configured = env.get("PORTS_LTS_ROOT");
        return new LtsRoot(configured == null || configured.isBlank() ? DEFAULT : Path.of(configured));
    }

    /** Release names present, oldest first by version order ("1.0" before "2.0" before "10.0"). */
    public List<String> releases() {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted(ReleaseVersion.ORDER)
                    .toList();
        } catch (IOException e) {
            throw new BaseException("cannot list LTS releases in " + path + ": " + e.getMessage(), e);
        }
    }

    public Optional<String> newestRelease() {
        return releases().stream().max(ReleaseVersion.ORDER);
    }

    public LtsRelease release(String name) {
        Path dir = path.resolve(name);
        if (name.isBlank() || name.startsWith(".") || name.contains("/") || !Files.isDirectory(dir)) {
            List<String> present = releases();
            throw new BaseException("no LTS release '" + name + "' under " + path
                    + (present.isEmpty()
                        ? " (there is none; create one with scripts/make-demo-lts.sh or point PORTS_LTS_ROOT at a directory of releases)"
                        : " (present: " + String.join(", ", present) + ")"));
        }
        return LtsRelease.read(name, dir);
    }

    /** Orders release names by their dotted numeric parts, then as text. */
    static final class ReleaseVersion {
        static final Comparator<String> ORDER = ReleaseVersion::compare;

        private static int compare(String a, String b) {
            String[] pa = a.split("[.-]");
            String[] pb = b.split("[.-]");
            for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
                int c = comparePart(pa[i], pb[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(pa.length, pb.length);
        }

        private static int comparePart(String a, String b) {
            boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
            boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
            if (na && nb) {
                return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            }
            return a.compareTo(b);
        }

        private ReleaseVersion() {
        }
    }
}
