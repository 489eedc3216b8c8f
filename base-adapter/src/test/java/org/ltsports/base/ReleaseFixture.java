package org.ltsports.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.KegScanner;
import org.ltsports.base.abi.LibrarySearch;
import org.ltsports.base.abi.LinkageRecorder;
import org.ltsports.base.abi.ReleaseAbi;
import org.ltsports.base.abi.ReleaseAbiReader;
import org.ltsports.base.store.LtsStore;

/**
 * Release trees with libraries gcc builds, adopted into a real store under {@code <dir>/lts}, and kegs
 * built against them in a prefix-like directory {@code <dir>/prefix} (Cellar and opt), as ports builds them:
 * libraries found with -L and recorded as DT_RPATH.
 */
public final class ReleaseFixture {

    private final Path dir;
    private final LtsRoot root;

    public ReleaseFixture(Path dir) {
        this.dir = dir;
        this.root = new LtsRoot(dir.resolve("lts"));
    }

    /** Builds a library into the tree of a release that is still to be adopted ({@code <tree>/lib}). */
    public Path library(String release, String soname, String source, String versionScript, String... extra) {
        return Gcc.sharedLibrary(tree(release).resolve("lib"), soname, source, versionScript, extra);
    }

    public Path tree(String release) {
        return dir.resolve("trees").resolve(release);
    }

    /** Adopts the tree of a release into the store and returns the release at its stable path. */
    public LtsRelease adopt(String release, Map<String, String> abiTags) {
        new LtsStore(root).adopt(tree(release), release, abiTags);
        return root.release(release);
    }

    public ReleaseAbi abi(String release) {
        return ReleaseAbiReader.read(root.release(release));
    }

    public LtsRoot root() {
        return root;
    }

    /** The keg directory {@code prefix/Cellar/<name>/1.0}, with {@code prefix/opt/<name>} pointing at it. */
    public Path keg(String name) {
        try {
            Path keg = Files.createDirectories(dir.resolve("prefix/Cellar").resolve(name).resolve("1.0"));
            Path opt = Files.createDirectories(dir.resolve("prefix/opt")).resolve(name);
            if (!Files.isSymbolicLink(opt)) {
                Files.createSymbolicLink(opt, Path.of("../Cellar").resolve(name).resolve("1.0"));
            }
            return keg;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Builds {@code <keg>/<file>} against a release and the libraries of other kegs.
     *
     * @param libs  libraries to link ({@code -l:} names: {@code libfoo.so.1}); found in the release or in {@code deps}
     * @param deps  kegs whose {@code opt/<dep>/lib} is searched and recorded as DT_RPATH
     */
    public Path build(String keg, String file, String source, LtsRelease release, List<String> libs, String... deps) {
        Path out = keg(keg).resolve(file);
        List<String> flags = new ArrayList<>();
        boolean library = file.startsWith("lib/");
        if (library) {
            flags.addAll(List.of("-shared", "-fPIC", "-Wl,-soname," + out.getFileName()));
        }
        String rpath = release.path().resolve("lib").toString();
        flags.add("-L" + rpath);
        for (String dep : deps) {
            Path depLib = dir.resolve("prefix/opt").resolve(dep).resolve("lib");
            flags.add("-L" + depLib);
            rpath += ":" + depLib;
        }
        libs.forEach(l -> flags.add("-l:" + l));
        flags.add("-Wl,--disable-new-dtags,-rpath," + rpath);
        try {
            Files.createDirectories(out.getParent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Gcc.executable(out.getParent(), out.getFileName().toString(), source, flags.toArray(String[]::new));
        return out;
    }

    /** The facts of a keg as its receipt records them, against the release it was built with. */
    public KegFacts scan(String keg, LtsRelease release, String... dependencies) {
        LinkageRecorder recorder = new LinkageRecorder(release, this::kegOwning, LibrarySearch.HOST_DIRS);
        return new KegScanner(recorder).scan(keg, keg(keg), Arrays.asList(dependencies), List.of());
    }

    /** The keg a file of the prefix belongs to: {@code prefix/opt/<name>/...} or {@code prefix/Cellar/<name>/...}. */
    public Optional<String> kegOwning(Path file) {
        for (String area : List.of("opt", "Cellar")) {
            Path base = dir.resolve("prefix").resolve(area);
            if (file.startsWith(base) && file.getNameCount() > base.getNameCount()) {
                return Optional.of(file.getName(base.getNameCount()).toString());
            }
        }
        return Optional.empty();
    }
}
