package org.ltsports.ports.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.base.BuildBinding;

/**
 * The sanitised environment a build runs in: nothing of the user's environment leaks in but
 * what is listed here. Compiler and linker flags bind the build to the pinned LTS release and to
 * its dependencies through {@code <prefix>/opt/<dep>}, both recorded as DT_RPATH.
 */
public final class BuildEnvironment {

    private static final String SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin";

    private BuildEnvironment() {
    }

    /**
     * @param binding  the pinned release's binding
     * @param kegPath  the keg being built (its lib is the first run path)
     * @param runtimeOpts {@code <prefix>/opt/<dep>} of every run-time dependency, direct or not: searched
     *                 when building and recorded as DT_RPATH
     * @param buildOpts {@code <prefix>/opt/<dep>} of dependencies needed only to build: searched, not recorded
     * @param home     a private, writable directory used as HOME and TMPDIR
     * @param jobs     parallel jobs
     * @param recipeEnv variables the recipe sets, applied last
     */
    public static Map<String, String> create(BuildBinding binding, Path kegPath, List<Path> runtimeOpts,
                                             List<Path> buildOpts, Path home, int jobs, Map<String, String> recipeEnv) {
        List<Path> depOpts = new ArrayList<>(runtimeOpts);
        depOpts.addAll(buildOpts);
        List<String> path = new ArrayList<>();
        List<String> cppFlags = new ArrayList<>();
        List<String> ldFlags = new ArrayList<>();
        List<String> pkgConfig = new ArrayList<>();
        for (Path opt : depOpts) {
            path.add(opt.resolve("bin").toString());
            cppFlags.add("-I" + opt.resolve("include"));
            ldFlags.add("-L" + opt.resolve("lib"));
            pkgConfig.add(opt.resolve("lib/pkgconfig").toString());
            pkgConfig.add(opt.resolve("share/pkgconfig").toString());
        }
        path.add(SYSTEM_PATH);
        cppFlags.addAll(binding.cppFlags());
        ldFlags.add(rpathFlag(kegPath, runtimeOpts));
        ldFlags.addAll(binding.ldFlags());

        String cflags = String.join(" ", prepend(binding.cFlags(), "-O2"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", String.join(":", path));
        env.put("HOME", home.toString());
        env.put("TMPDIR", home.toString());
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("SHELL", "/bin/sh");
        env.put("CC", "gcc");
        env.put("CXX", "g++");
        env.put("CFLAGS", cflags);
        env.put("CXXFLAGS", cflags);
        env.put("CPPFLAGS", String.join(" ", cppFlags));
        env.put("LDFLAGS", String.join(" ", ldFlags));
        env.put("MAKEFLAGS", "-j" + jobs);
        env.put("CMAKE_BUILD_PARALLEL_LEVEL", Integer.toString(jobs));
        env.putAll(binding.env());
        String basePkgConfig = binding.env().get("PKG_CONFIG_PATH");
        if (basePkgConfig != null && !basePkgConfig.isEmpty()) {
            pkgConfig.add(basePkgConfig);
        }
        env.put("PKG_CONFIG_PATH", String.join(":", pkgConfig));
        env.putAll(recipeEnv);
        return env;
    }

    /** The keg's own lib first, then each dependency's stable opt/lib, as DT_RPATH. */
    private static String rpathFlag(Path kegPath, List<Path> depOpts) {
        StringBuilder flag = new StringBuilder("-Wl,--disable-new-dtags,-rpath,").append(kegPath.resolve("lib"));
        for (Path opt : depOpts) {
            flag.append(",-rpath,").append(opt.resolve("lib"));
        }
        return flag.toString();
    }

    private static List<String> prepend(List<String> flags, String first) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(flags);
        return all;
    }
}
