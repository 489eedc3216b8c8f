package org.ltsports.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Small C projects, source tarballs, recipes and LTS releases that the tests make themselves,
 * with the real tools: gcc, GNU tar.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** Writes the files of a project into {@code <dir>/<name>-<version>/}. */
    static Path project(Path dir, String name, String version, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name + "-" + version);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            if (file.getKey().equals("configure") || file.getKey().endsWith(".sh")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return root;
    }

    /** Packs a project directory into {@code <dir>/<name>.tar.gz} with GNU tar. */
    static Path tarball(Path project) throws IOException, InterruptedException {
        Path tarball = project.resolveSibling(project.getFileName() + ".tar.gz");
        run(List.of("tar", "-C", project.getParent().toString(), "-czf", tarball.toString(),
                project.getFileName().toString()));
        return tarball;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code <recipes>/<name>.toml}. */
    static void recipe(Path recipes, String name, String url, String sha256, String extra) throws IOException {
        recipe(recipes, name, "1.0", url, sha256, extra);
    }

    /** Writes {@code <recipes>/<name>.toml} for {@code version}, replacing an earlier one. */
    static void recipe(Path recipes, String name, String version, String url, String sha256, String extra)
            throws IOException {
        Files.createDirectories(recipes);
        Files.writeString(recipes.resolve(name + ".toml"), String.join("\n",
                "name = \"" + name + "\"",
                "version = \"" + version + "\"",
                "summary = \"" + name + ", a test project\"",
                "",
                "[source]",
                "url = \"" + url + "\"",
                "sha256 = \"" + sha256 + "\"",
                "",
                extra,
                ""));
    }

    /**
     * An overlay LTS release at {@code <root>/<release>} providing {@code libtally} (tally.h,
     * tally.pc, libtally.so.1), built with gcc; made read-only like a real release.
     */
    static Path ltsRelease(Path root, String release) throws IOException, InterruptedException {
        return ltsRelease(root, release, 1, true);
    }

    /**
     * An overlay release whose libtally has SONAME {@code libtally.so.<soversion>} and, unless
     * {@code withAdd} is false, exports {@code tally_add}; {@code tally_release} returns the release name.
     */
    static Path ltsRelease(Path root, String release, int soversion, boolean withAdd)
            throws IOException, InterruptedException {
        Path tree = root.resolve(release);
        Path pkgconfig = Files.createDirectories(tree.resolve("lib/pkgconfig"));
        Path lib = pkgconfig.getParent();
        Path include = Files.createDirectories(tree.resolve("include"));
        Path src = Files.createDirectories(root.resolve(".src-" + release));
        Files.writeString(src.resolve("tally.c"),
                "const char *tally_release(void) { return \"" + release + "\"; }\n"
                + (withAdd ? "int tally_add(int a, int b) { return a + b; }\n" : ""));
        Files.writeString(include.resolve("tally.h"), "const char *tally_release(void);\n"
                + (withAdd ? "int tally_add(int a, int b);\n" : ""));
        String soname = "libtally.so." + soversion;
        run(List.of("gcc", "-shared", "-fPIC", "-Wl,-soname," + soname, "-o",
                lib.resolve(soname).toString(), src.resolve("tally.c").toString()));
        Files.createSymbolicLink(lib.resolve("libtally.so"), Path.of(soname));
        Files.writeString(pkgconfig.resolve("tally.pc"), String.join("\n",
                "prefix=" + tree, "Name: tally", "Description: test library of the LTS release",
                "Version: " + release, "Libs: -L${prefix}/lib -ltally", "Cflags: -I${prefix}/include", ""));
        run(List.of("chmod", "-R", "a-w", tree.toString()));
        return tree;
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    /** Every path below {@code root} with its kind and link target, for before/after comparisons. */
    static List<String> listing(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (var paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root)).map(p -> {
                String rel = root.relativize(p).toString();
                try {
                    if (Files.isSymbolicLink(p)) {
                        return rel + " -> " + Files.readSymbolicLink(p);
                    }
                    return rel + (Files.isDirectory(p) ? "/" : " " + Files.size(p));
                } catch (IOException e) {
                    return rel + " ?";
                }
            }).sorted().toList();
        }
    }
}
