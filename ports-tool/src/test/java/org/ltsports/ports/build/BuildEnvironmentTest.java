package org.ltsports.ports.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltsports.base.BuildBinding;

class BuildEnvironmentTest {

    private final BuildBinding binding = new BuildBinding(List.of(), List.of("-I/lts/1.0/include"),
            List.of("-L/lts/1.0/lib", "-Wl,--disable-new-dtags,-rpath,/lts/1.0/lib"),
            Map.of("PKG_CONFIG_PATH", "/lts/1.0/lib/pkgconfig"));
    private final Path keg = Path.of("/p/Cellar/greet/1.0");
    private final Path libgreet = Path.of("/p/opt/libgreet");
    private final Path cmake = Path.of("/p/opt/cmake");

    private Map<String, String> env() {
        return BuildEnvironment.create(binding, keg, List.of(libgreet), List.of(cmake), Path.of("/w/home"), 4,
                Map.of("CFLAGS", "-O1"));
    }

    @Test
    void onlyTheListedVariablesReachTheBuild() {
        assertEquals(List.of("CC", "CFLAGS", "CMAKE_BUILD_PARALLEL_LEVEL", "CPPFLAGS", "CXX", "CXXFLAGS", "HOME", "LANG",
                        "LC_ALL", "LDFLAGS", "MAKEFLAGS", "PATH", "PKG_CONFIG_PATH", "SHELL", "TMPDIR"),
                env().keySet().stream().sorted().toList());
        assertEquals("/w/home", env().get("HOME"));
        assertEquals("-j4", env().get("MAKEFLAGS"));
    }

    @Test
    void runTimeDependenciesAndTheReleaseAreDtRpathTheKegFirst() {
        String ldflags = env().get("LDFLAGS");
        assertTrue(ldflags.contains("-Wl,--disable-new-dtags,-rpath,/p/Cellar/greet/1.0/lib,-rpath,/p/opt/libgreet/lib"),
                ldflags);
        assertTrue(ldflags.indexOf("/p/Cellar/greet/1.0/lib") < ldflags.indexOf("-rpath,/lts/1.0/lib"), ldflags);
        assertFalse(ldflags.contains("-rpath,/p/opt/cmake"), "a build-only dependency is not recorded: " + ldflags);
        assertTrue(ldflags.contains("-L/p/opt/cmake/lib"), "but it is searched: " + ldflags);
    }

    @Test
    void dependenciesComeBeforeTheReleaseAndTheSystem() {
        Map<String, String> env = env();
        assertEquals("-I/p/opt/libgreet/include -I/p/opt/cmake/include -I/lts/1.0/include", env.get("CPPFLAGS"));
        assertEquals("/p/opt/libgreet/lib/pkgconfig:/p/opt/libgreet/share/pkgconfig:/p/opt/cmake/lib/pkgconfig:"
                + "/p/opt/cmake/share/pkgconfig:/lts/1.0/lib/pkgconfig", env.get("PKG_CONFIG_PATH"));
        assertTrue(env.get("PATH").startsWith("/p/opt/libgreet/bin:/p/opt/cmake/bin:/usr/local/bin:"), env.get("PATH"));
    }

    @Test
    void theRecipeHasTheLastWord() {
        assertEquals("-O1", env().get("CFLAGS"));
    }
}
