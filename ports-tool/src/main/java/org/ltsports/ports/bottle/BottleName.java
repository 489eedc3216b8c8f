package org.ltsports.ports.bottle;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ltsports.ports.PortsException;

/**
 * The file name of a bottle: {@code <name>--<versionDir>.lts-<release>.<arch>.bottle.tar.gz},
 * for example {@code hello--2.10_1.lts-1.0.x86_64.bottle.tar.gz}. The sidecar is the same name
 * plus {@code .json}.
 */
public record BottleName(String name, String versionDir, String release, String arch) {
    public static final String SUFFIX = ".bottle.tar.gz";
    public static final String SIDECAR_SUFFIX = ".json";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9+._-]*");
    private static final Pattern VERSION_DIR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+._~-]*");
    private static final Pattern RELEASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+._-]*");
    private static final Pattern ARCH = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String VERSION_MARK = "--";
    private static final String RELEASE_MARK = ".lts-";

    public BottleName {
        check("name", name, NAME);
        check("version", versionDir, VERSION_DIR);
        check("release", release, RELEASE);
        check("architecture", arch, ARCH);
        if (versionDir.contains(VERSION_MARK) || versionDir.contains(RELEASE_MARK) || release.contains(RELEASE_MARK)) {
            throw PortsException.failed("a bottle's version and release may not contain '--' or '.lts-': "
                    + versionDir + ", " + release);
        }
    }

    /** The name of a bottle of this machine's architecture. */
    public static BottleName forHost(String name, String versionDir, String release) {
        return new BottleName(name, versionDir, release, hostArch());
    }

    /** Reads a bottle file name (a path's last segment); refuses anything that is not one. */
    public static BottleName parse(String fileName) {
        if (!fileName.endsWith(SUFFIX)) {
            throw notABottle(fileName);
        }
        String stem = fileName.substring(0, fileName.length() - SUFFIX.length());
        int archDot = stem.lastIndexOf('.');
        int releaseMark = archDot < 0 ? -1 : stem.lastIndexOf(RELEASE_MARK, archDot);
        int versionMark = releaseMark < 0 ? -1 : stem.lastIndexOf(VERSION_MARK, releaseMark);
        if (versionMark <= 0) {
            throw notABottle(fileName);
        }
        try {
            return new BottleName(stem.substring(0, versionMark),
                    stem.substring(versionMark + VERSION_MARK.length(), releaseMark),
                    stem.substring(releaseMark + RELEASE_MARK.length(), archDot),
                    stem.substring(archDot + 1));
        } catch (PortsException e) {
            throw notABottle(fileName);
        }
    }

    /** {@code <name>--<versionDir>.lts-<release>.<arch>.bottle.tar.gz} */
    public String fileName() {
        return name + VERSION_MARK + versionDir + RELEASE_MARK + release + "." + arch + SUFFIX;
    }

    /** The sidecar's file name: the bottle's plus {@code .json}. */
    public String sidecarFileName() {
        return fileName() + SIDECAR_SUFFIX;
    }

    @Override
    public String toString() {
        return fileName();
    }

    /** This machine's architecture as bottles name it: {@code x86_64}, {@code aarch64}, else {@code os.arch}. */
    public static String hostArch() {
        return archOf(System.getProperty("os.arch", "unknown"));
    }

    /** Java's {@code os.arch} names mapped to the names Linux distributions use. */
    static String archOf(String osArch) {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        };
    }

    private static void check(String what, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw PortsException.failed("not a valid " + what + " for a bottle name: '" + value + "'");
        }
    }

    private static PortsException notABottle(String fileName) {
        return PortsException.failed("not a bottle file name (<name>--<version>.lts-<release>.<arch>"
                + SUFFIX + "): '" + fileName + "'");
    }
}
