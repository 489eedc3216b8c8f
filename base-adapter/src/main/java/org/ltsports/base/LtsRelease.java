package org.ltsports.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One LTS release as builds see it: its stable path ({@code <root>/<name>}, never the store path
 * behind it, so a new generation needs no rebinding), its mode, and the directories a build is
 * bound to. Read from the release's manifest ({@link LtsManifest}) where it has one, else found by
 * probing the tree for the usual Debian and FHS locations.
 */
public record LtsRelease(String name, Path path, ReleaseMode mode, Path loader,
                         List<Path> libDirs, List<Path> includeDirs, List<Path> pkgConfigDirs) {

    private static final String LOADER = "ld-linux-x86-64.so.2";
    private static final List<String> LIB_DIRS = List.of(
            "lib/x86_64-linux-gnu", "usr/lib/x86_64-linux-gnu", "lib64", "usr/lib64", "lib", "usr/lib");
    private static final List<String> INCLUDE_DIRS = List.of(
            "usr/include/x86_64-linux-gnu", "usr/include", "include");
    private static final List<String> SHARED_PKG_CONFIG_DIRS = List.of("usr/share/pkgconfig", "share/pkgconfig");

    public LtsRelease {
        libDirs = List.copyOf(libDirs);
        includeDirs = List.copyOf(includeDirs);
        pkgConfigDirs = List.copyOf(pkgConfigDirs);
    }

    /** The release at {@code path}: from its manifest when it has one, else probed. */
    public static LtsRelease read(String name, Path path) {
        return LtsManifest.read(path).map(m -> fromManifest(name, path, m)).orElseGet(() -> probe(name, path));
    }

    /** The release a manifest describes, at its stable path. */
    public static LtsRelease fromManifest(String name, Path path, LtsManifest manifest) {
        return new LtsRelease(name, path, manifest.releaseMode(),
                manifest.loader() == null ? null : path.resolve(manifest.loader()),
                manifest.libDirs().stream().map(path::resolve).toList(),
                manifest.includeDirs().stream().map(path::resolve).toList(),
                manifest.pkgConfigDirs().stream().map(path::resolve).toList());
    }

    /** The manifest of this release, read from its directory; empty for a tree without one. */
    public Optional<LtsManifest> manifest() {
        return LtsManifest.read(path);
    }

    public static LtsRelease probe(String name, Path path) {
        List<Path> libs = existing(path, LIB_DIRS);
        List<Path> pkgConfig = new ArrayList<>();
        for (Path lib : libs) {
            if (Files.isDirectory(lib.resolve("pkgconfig"))) {
                pkgConfig.add(lib.resolve("pkgconfig"));
            }
        }
        pkgConfig.addAll(existing(path, SHARED_PKG_CONFIG_DIRS));
        Path loader = findLoader(path);
        boolean hasLibc = libs.stream().anyMatch(dir -> Files.exists(dir.resolve("libc.so.6")));
        ReleaseMode mode = loader != null && hasLibc ? ReleaseMode.SYSROOT : ReleaseMode.OVERLAY;
        return new LtsRelease(name, path, mode, loader, libs, existing(path, INCLUDE_DIRS), pkgConfig);
    }

    /**
     * True when the release provides what a recipe's {@code depends.base} names: a pkg-config
     * module ({@code zlib}), a library ({@code z}, {@code libz}), or {@code libc}, which an overlay
     * release takes from the host.
     */
    public boolean provides(String component) {
        if (component.equals("libc") || component.equals("c")) {
            return mode == ReleaseMode.OVERLAY || libDirs.stream().anyMatch(d -> Files.exists(d.resolve("libc.so.6")));
        }
        for (Path dir : pkgConfigDirs) {
            if (Files.isRegularFile(dir.resolve(component + ".pc"))) {
                return true;
            }
        }
        String stem = component.startsWith("lib") ? component : "lib" + component;
        for (Path dir : libDirs) {
            if (hasLibrary(dir, stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLibrary(Path dir, String stem) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(f -> f.equals(stem + ".so") || f.startsWith(stem + ".so.") || f.equals(stem + ".a"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path findLoader(Path root) {
        for (String dir : List.of("lib64", "lib/x86_64-linux-gnu", "usr/lib64", "usr/lib/x86_64-linux-gnu")) {
            Path candidate = root.resolve(dir).resolve(LOADER);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Path> existing(Path root, List<String> relatives) {
        List<Path> found = new ArrayList<>();
        for (String relative : relatives) {
            Path dir = root.resolve(relative);
            if (Files.isDirectory(dir) && !isLinkToEarlier(dir, found)) {
                found.add(dir);
            }
        }
        return found;
    }

    /** Debian's merged /usr makes lib a link to usr/lib: keep one of the two. */
    private static boolean isLinkToEarlier(Path dir, List<Path> found) {
        try {
            Path real = dir.toRealPath();
            for (Path earlier : found) {
                if (earlier.toRealPath().equals(real)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
