package org.ltsports.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler, linker and pkg-config settings that bind a build to one LTS release.
 * Libraries are found with {@code -L} and recorded as DT_RPATH (not DT_RUNPATH), so that the
 * libraries they need in turn also resolve inside the release at run time.
 *
 * @param cFlags   flags for the C and C++ compilers (and the linker driver)
 * @param cppFlags preprocessor flags
 * @param ldFlags  linker flags, including the run path
 * @param env      pkg-config variables
 */
public record BuildBinding(List<String> cFlags, List<String> cppFlags, List<String> ldFlags,
                           Map<String, String> env) {

    public BuildBinding {
        cFlags = List.copyOf(cFlags);
        cppFlags = List.copyOf(cppFlags);
        ldFlags = List.copyOf(ldFlags);
        env = Map.copyOf(env);
    }

    /**
     * The binding for a release. An overlay release adds its include, library and pkg-config
     * directories in front of the host's. A sysroot release replaces the host's: all four
     * measures are needed, each was seen failing without it (DESIGN §3): {@code --sysroot},
     * {@code -B<libdir>/} with a specs file whose {@code link_libgcc} names only gcc's own
     * directory and the release's library directory, the release's dynamic loader, and DT_RPATH.
     *
     * @param workDir where a sysroot binding writes its specs file
     * @param gccLibDir the host gcc's own library directory (of {@code gcc -print-libgcc-file-name})
     */
    public static BuildBinding of(LtsRelease release, Path workDir, Path gccLibDir) {
        String rpathFlag = "-Wl,--disable-new-dtags" + rpathList(release.libDirs());
        Map<String, String> env = new LinkedHashMap<>();
        String pkgConfigDirs = String.join(":", release.pkgConfigDirs().stream().map(Path::toString).toList());
        if (release.mode() == ReleaseMode.OVERLAY) {
            List<String> cpp = new ArrayList<>();
            release.includeDirs().forEach(dir -> cpp.add("-I" + dir));
            List<String> ld = new ArrayList<>();
            release.libDirs().forEach(dir -> ld.add("-L" + dir));
            ld.add(rpathFlag);
            env.put("PKG_CONFIG_PATH", pkgConfigDirs);
            return new BuildBinding(List.of(), cpp, ld, env);
        }
        Path specs = writeSpecs(release, workDir, gccLibDir);
        List<String> cflags = new ArrayList<>();
        cflags.add("--sysroot=" + release.path());
        release.libDirs().forEach(dir -> cflags.add("-B" + dir + "/"));
        cflags.add("-specs=" + specs);
        List<String> ld = new ArrayList<>(cflags);
        ld.add("-Wl,--dynamic-linker=" + release.loader());
        ld.add(rpathFlag);
        env.put("PKG_CONFIG_SYSROOT_DIR", release.path().toString());
        env.put("PKG_CONFIG_LIBDIR", pkgConfigDirs);
        return new BuildBinding(cflags, List.of(), ld, env);
    }

    private static String rpathList(List<Path> dirs) {
        StringBuilder flag = new StringBuilder();
        for (Path dir : dirs) {
            flag.append(",-rpath,").append(dir);
        }
        return flag.toString();
    }

    private static Path writeSpecs(LtsRelease release, Path workDir, Path gccLibDir) {
        StringBuilder search = new StringBuilder("-L").append(gccLibDir);
        release.libDirs().forEach(dir -> search.append(" -L").append(dir));
        Path specs = workDir.resolve("lts-" + release.name() + ".specs");
        try {
            Files.createDirectories(workDir);
            Files.writeString(specs, "*link_libgcc:\n" + search + "\n\n");
        } catch (IOException e) {
            throw new BaseException("cannot write the gcc specs file " + specs + ": " + e.getMessage(), e);
        }
        return specs;
    }
}
