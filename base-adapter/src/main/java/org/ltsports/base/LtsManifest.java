package org.ltsports.base;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code lts-release.json}, the manifest at the top of a release in the store. Directories and the
 * loader are relative to the release's top, so the manifest holds wherever the release is mounted.
 *
 * @param release       the release name
 * @param generation    the generation that first adopted this tree
 * @param treeHash      sha256 over the tree's files, links and ABI tags (see the store's tree listing)
 * @param mode          {@code sysroot} (own libc and loader) or {@code overlay} (libraries only)
 * @param loader        the dynamic loader, relative; null for an overlay
 * @param libDirs       library directories, relative, in search order
 * @param includeDirs   include directories, relative
 * @param pkgConfigDirs pkg-config directories, relative
 * @param components    the components and the libraries each provides
 * @param adopted       when it was adopted (ISO-8601)
 */
public record LtsManifest(String release, int generation, String treeHash, String mode, String loader,
                          List<String> libDirs, List<String> includeDirs, List<String> pkgConfigDirs,
                          List<Component> components, String adopted) {

    public static final String FILE = "lts-release.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** A component: a Debian package, or one library where the tree has no package database. */
    public record Component(String name, String version, String abiTag, List<Library> libraries) {
        public Component {
            libraries = libraries == null ? List.of() : List.copyOf(libraries);
        }
    }

    /** A shared library a component provides: SONAME, file (relative) and export fingerprint. */
    public record Library(String soname, String path, String fingerprint) {
    }

    public LtsManifest {
        libDirs = libDirs == null ? List.of() : List.copyOf(libDirs);
        includeDirs = includeDirs == null ? List.of() : List.copyOf(includeDirs);
        pkgConfigDirs = pkgConfigDirs == null ? List.of() : List.copyOf(pkgConfigDirs);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** The manifest of a release directory; empty when it has none. */
    public static Optional<LtsManifest> read(Path releaseDir) {
        Path file = releaseDir.resolve(FILE);
        try {
            LtsManifest manifest = GSON.fromJson(Files.readString(file), LtsManifest.class);
            if (manifest == null || manifest.release() == null || manifest.mode() == null
                    || !manifest.mode().matches("sysroot|overlay")) {
                throw new BaseException(file + " is not an LTS release manifest");
            }
            return Optional.of(manifest);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JsonParseException e) {
            throw new BaseException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public void write(Path releaseDir) {
        try {
            Files.writeString(releaseDir.resolve(FILE), toJson() + "\n");
        } catch (IOException e) {
            throw new BaseException("cannot write " + releaseDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    public ReleaseMode releaseMode() {
        return ReleaseMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
    }

    /** The component that provides a SONAME. */
    public Optional<Component> providerOf(String soname) {
        return components.stream().filter(c -> c.libraries().stream().anyMatch(l -> l.soname().equals(soname)))
                .findFirst();
    }
}
