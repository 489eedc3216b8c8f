package org.ltsports.ports.install;

import org.ltsports.ports.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.base.BuildBinding;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseMode;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.build.BuildContext;
import org.ltsports.ports.build.BuildEnvironment;
import org.ltsports.ports.build.BuildRunner;
import org.ltsports.ports.build.BuildStep;
import org.ltsports.ports.build.BuildSystem;
import org.ltsports.ports.build.Sandbox;
import org.ltsports.ports.recipe.Recipe.Patch;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.ports.unpack.Unpacker;
import org.ltsports.prefix.Prefix;

/**
 * Turns a fetched source into a staged keg: unpack, patch, build against the pinned release
 * (in a {@link Sandbox} where bubblewrap works, writing only to the work directory),
 * install with DESTDIR into a staging directory inside the prefix (same file system as the
 * Cellar, so the keg can be renamed into place atomically).
 */
public final class KegBuilder {

    private final Prefix prefix;
    private final LtsRelease release;
    private final PrintWriter status;
    private final boolean verbose;
    private final int jobs;
    private Sandbox sandbox;

    public KegBuilder(Prefix prefix, LtsRelease release, PrintWriter status, boolean verbose) {
        this.prefix = prefix;
        this.release = release;
        this.status = status;
        this.verbose = verbose;
        this.jobs = Runtime.getRuntime().availableProcessors();
    }

    public LtsRelease release() {
        return release;
    }

    /**
     * @param workDir a fresh directory under {@code var/ports/tmp}, removed by the caller
     * @param patchFiles local patch files in the order the recipe lists them
     * @param runtimeDeps every run-time dependency, direct or not
     * @param buildDeps the dependencies needed only to build
     * @return the staged keg directory inside {@code workDir}
     */
    public Path build(Recipe recipe, Path archive, List<Path> patchFiles, List<String> runtimeDeps,
                      List<String> buildDeps, Path workDir) throws IOException {
        Path source = workDir.resolve("src");
        Path home = Files.createDirectories(workDir.resolve("home"));
        Path destDir = workDir.resolve("stage");
        status.println("==> Unpacking " + recipe.source().url().replaceAll(".*/", ""));
        Unpacker.unpack(archive, source);

        List<BuildStep> steps = new ArrayList<>();
        for (int i = 0; i < patchFiles.size(); i++) {
            Patch patch = recipe.patches().get(i);
            steps.add(new BuildStep("patch-" + (i + 1), List.of("patch", "-p" + patch.strip(), "--batch", "--forward",
                    "-i", patchFiles.get(i).toString()), source));
        }
        Path kegPath = prefix.kegDir(recipe.name(), recipe.versionDir());
        List<Path> runtimeOpts = runtimeDeps.stream().map(prefix::opt).toList();
        List<Path> buildOpts = buildDeps.stream().map(prefix::opt).toList();
        BuildBinding binding = BuildBinding.of(release, workDir,
                release.mode() == ReleaseMode.SYSROOT ? gccLibDir() : null);
        List<Path> prefixPaths = new ArrayList<>(runtimeOpts);
        prefixPaths.addAll(buildOpts);
        prefixPaths.add(release.path());
        BuildContext context = new BuildContext(source, kegPath, destDir, prefixPaths, jobs);
        steps.addAll(BuildSystem.stepsFor(recipe.build(), context));

        var env = BuildEnvironment.create(binding, kegPath, runtimeOpts, buildOpts, home, jobs, recipe.build().env());
        boolean kegExisted = Files.exists(kegPath);
        try {
            new BuildRunner(prefix.logs(recipe.name()), env, status, verbose, sandbox().allowingWrites(List.of(workDir)))
                    .run(recipe.name(), steps);
        } catch (RuntimeException e) {
            removeStrayKeg(kegPath, kegExisted);
            throw e;
        }
        if (removeStrayKeg(kegPath, kegExisted)) {
            throw PortsException.failed("the build of " + recipe.name() + " wrote into " + kegPath
                    + " directly instead of the staging directory; that was removed. A build step must not install"
                    + " (the logs are in " + prefix.logs(recipe.name()) + "/)");
        }
        return checkStaging(recipe, context);
    }

    /** Removes a keg directory the build made in the Cellar itself, bypassing the staging directory. */
    private static boolean removeStrayKeg(Path kegPath, boolean existedBefore) throws IOException {
        if (existedBefore || !Files.exists(kegPath)) {
            return false;
        }
        Trees.delete(kegPath);
        Trees.deleteIfEmpty(kegPath.getParent());
        return true;
    }

    /** The staged keg must hold something, and nothing may have been installed beside it. */
    private Path checkStaging(Recipe recipe, BuildContext context) throws IOException {
        Path staged = context.stagedKeg();
        if (!Files.isDirectory(staged) || isEmpty(staged)) {
            throw PortsException.failed("the build of " + recipe.name() + " installed nothing under "
                    + context.kegPath() + "; does its install step honour --prefix and DESTDIR?");
        }
        List<String> strays = new ArrayList<>();
        try (Stream<Path> all = Files.walk(context.destDir())) {
            all.filter(p -> !Files.isDirectory(p) && !p.startsWith(staged))
                    .limit(5)
                    .forEach(p -> strays.add("/" + context.destDir().relativize(p)));
        }
        if (!strays.isEmpty()) {
            throw PortsException.failed("the build of " + recipe.name() + " installed files outside its keg "
                    + context.kegPath() + ": " + String.join(", ", strays));
        }
        // Like Homebrew: the info directory index belongs to no single keg and would conflict.
        Files.deleteIfExists(staged.resolve("share/info/dir"));
        return staged;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The build sandbox, looked for at the first build (so a warning that there is none comes once). */
    private Sandbox sandbox() {
        if (sandbox == null) {
            sandbox = Sandbox.detect(status);
        }
        return sandbox;
    }

    private static Path gccLibDir() {
        try {
            Process gcc = new ProcessBuilder("gcc", "-print-libgcc-file-name").redirectErrorStream(true).start();
            String file = new String(gcc.getInputStream().readAllBytes()).trim();
            return gcc.waitFor() == 0 ? Path.of(file).getParent() : Path.of("/usr/lib/gcc");
        } catch (IOException e) {
            throw PortsException.failed("gcc is needed to build ports and was not found: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PortsException.failed("interrupted");
        }
    }
}
