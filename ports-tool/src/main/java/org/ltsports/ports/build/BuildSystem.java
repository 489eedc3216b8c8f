package org.ltsports.ports.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.Recipe.Build;

/** The build systems a recipe may name, each turned into the commands it runs. */
public enum BuildSystem {
    AUTOTOOLS {
        @Override
        List<BuildStep> steps(Build build, BuildContext ctx) {
            Path src = ctx.sourceDir();
            List<BuildStep> steps = new ArrayList<>();
            if (!Files.exists(src.resolve("configure"))) {
                if (!Files.exists(src.resolve("configure.ac")) && !Files.exists(src.resolve("configure.in"))) {
                    throw PortsException.failed("the autotools build found neither configure nor configure.ac in "
                            + src.getFileName() + "; set [build] system to make, cmake or script");
                }
                steps.add(new BuildStep("autoreconf", List.of("autoreconf", "-fi"), src));
            }
            List<String> configure = new ArrayList<>(List.of("./configure", "--prefix=" + ctx.kegPath()));
            configure.addAll(build.args());
            steps.add(new BuildStep("configure", configure, src));
            steps.add(new BuildStep("make", List.of("make", "-j" + ctx.jobs()), src));
            steps.add(new BuildStep("make-install", List.of("make", "install", "DESTDIR=" + ctx.destDir()), src));
            return steps;
        }
    },
    CMAKE {
        @Override
        List<BuildStep> steps(Build build, BuildContext ctx) {
            Path src = ctx.sourceDir();
            List<String> configure = new ArrayList<>(List.of("cmake", "-S", ".", "-B", "ports-build",
                    "-DCMAKE_INSTALL_PREFIX=" + ctx.kegPath(),
                    "-DCMAKE_INSTALL_LIBDIR=lib",
                    "-DCMAKE_BUILD_TYPE=Release",
                    "-DCMAKE_PREFIX_PATH=" + joined(ctx.prefixPaths()),
                    "-DCMAKE_FIND_FRAMEWORK=NEVER",
                    "-DCMAKE_VERBOSE_MAKEFILE=ON",
                    "-Wno-dev"));
            configure.addAll(build.args());
            return List.of(
                    new BuildStep("cmake", configure, src),
                    new BuildStep("cmake-build", List.of("cmake", "--build", "ports-build", "-j", "" + ctx.jobs()), src),
                    new BuildStep("cmake-install", List.of("cmake", "--install", "ports-build"), src,
                            Map.of("DESTDIR", ctx.destDir().toString())));
        }
    },
    MESON {
        @Override
        List<BuildStep> steps(Build build, BuildContext ctx) {
            Path src = ctx.sourceDir();
            List<String> setup = new ArrayList<>(List.of("meson", "setup", "ports-build",
                    "--prefix=" + ctx.kegPath(), "--libdir=lib", "--buildtype=release"));
            setup.addAll(build.args());
            return List.of(
                    new BuildStep("meson", setup, src),
                    new BuildStep("meson-compile", List.of("meson", "compile", "-C", "ports-build", "-j", "" + ctx.jobs()), src),
                    new BuildStep("meson-install", List.of("meson", "install", "-C", "ports-build",
                            "--destdir", ctx.destDir().toString()), src));
        }
    },
    MAKE {
        @Override
        List<BuildStep> steps(Build build, BuildContext ctx) {
            Path src = ctx.sourceDir();
            List<String> vars = List.of("PREFIX=" + ctx.kegPath(), "prefix=" + ctx.kegPath());
            List<String> make = new ArrayList<>(List.of("make", "-j" + ctx.jobs()));
            make.addAll(vars);
            make.addAll(build.args());
            List<String> install = new ArrayList<>(List.of("make", "install", "DESTDIR=" + ctx.destDir()));
            install.addAll(vars);
            install.addAll(build.args());
            return List.of(new BuildStep("make", make, src), new BuildStep("make-install", install, src));
        }
    },
    SCRIPT {
        @Override
        List<BuildStep> steps(Build build, BuildContext ctx) {
            if (build.script().isEmpty()) {
                throw PortsException.failed("[build] system = \"script\" needs a script: a list of shell lines");
            }
            return List.of(scriptStep("script", build, ctx));
        }
    };

    /** The recipe's shell lines as one step, with PREFIX (the keg), DESTDIR (the staging root) and JOBS. */
    private static BuildStep scriptStep(String label, Build build, BuildContext ctx) {
        String body = "set -e\n" + String.join("\n", build.script()) + "\n";
        return new BuildStep(label, List.of("/bin/sh", "-c", body), ctx.sourceDir(),
                Map.of("PREFIX", ctx.kegPath().toString(), "DESTDIR", ctx.destDir().toString(), "JOBS", "" + ctx.jobs()));
    }

    abstract List<BuildStep> steps(Build build, BuildContext ctx);

    /** The steps of a build; for systems other than script, the recipe's script lines run last, after the install. */
    public static List<BuildStep> stepsFor(Build build, BuildContext ctx) {
        BuildSystem system = named(build.system());
        List<BuildStep> steps = new ArrayList<>(system.steps(build, ctx));
        if (system != SCRIPT && !build.script().isEmpty()) {
            steps.add(scriptStep("post-install", build, ctx));
        }
        return steps;
    }

    public static BuildSystem named(String name) {
        try {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PortsException.failed("unknown build system '" + name + "'");
        }
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(";"));
    }
}
