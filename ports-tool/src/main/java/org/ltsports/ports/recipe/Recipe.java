package org.ltsports.ports.recipe;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One build recipe, as read and validated from {@code <recipes>/<name>.toml} (DESIGN.md §4).
 * Made by {@link RecipeParser}; every value here has passed validation.
 *
 * @param homepage null when the recipe names none
 * @param license  SPDX expression, null when the recipe names none
 * @param test     null when the recipe has no {@code [test]} table
 * @param kegOnly  Homebrew's keg-only: the keg gets {@code opt/<name>} but no links in the farm
 * @param file     the TOML file the recipe was read from
 */
public record Recipe(String name, String version, int revision, String summary, String homepage,
                     String license, List<String> keywords, Source source, Depends depends, Build build,
                     List<Patch> patches, Test test, boolean kegOnly, Path file) {

    /** What a recipe name looks like: lower case, no path separators, not starting with a dot. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9+._-]*");

    public Recipe {
        keywords = List.copyOf(keywords);
        patches = List.copyOf(patches);
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The keg directory name under {@code Cellar/<name>/}: the version, plus {@code _<revision>} when bumped. */
    public String versionDir() {
        return revision == 0 ? version : version + "_" + revision;
    }

    /** Where a {@link Patch#isLocal() local} patch lives: relative to the recipe directory. */
    public Path patchFile(Patch patch) {
        if (!patch.isLocal()) {
            throw new IllegalArgumentException("patch has no file, it is fetched from " + patch.url());
        }
        return file.toAbsolutePath().getParent().resolve(patch.file()).normalize();
    }

    /**
     * Where the source comes from.
     *
     * @param sha256  64 lower-case hexadecimal characters
     * @param mirrors further URLs of the same file, tried in order after {@code url}
     */
    public record Source(String url, String sha256, List<String> mirrors) {
        public Source {
            mirrors = List.copyOf(mirrors);
        }

        /** The URL followed by the mirrors: the order to try them in. */
        public List<String> urls() {
            Set<String> all = new LinkedHashSet<>();
            all.add(url);
            all.addAll(mirrors);
            return List.copyOf(all);
        }
    }

    /**
     * What a recipe needs.
     *
     * @param ports other recipes needed at run time (and so also to build)
     * @param build recipes needed only to build
     * @param base  what the pinned LTS release must provide (pkg-config or library names)
     */
    public record Depends(List<String> ports, List<String> build, List<String> base) {
        public static final Depends NONE = new Depends(List.of(), List.of(), List.of());

        public Depends {
            ports = List.copyOf(ports);
            build = List.copyOf(build);
            base = List.copyOf(base);
        }

        /** Every recipe needed to build this one: {@code ports} then {@code build}, without repeats. */
        public List<String> recipes() {
            Set<String> all = new LinkedHashSet<>(ports);
            all.addAll(build);
            return List.copyOf(all);
        }
    }

    /**
     * How to build.
     *
     * @param system one of {@link #SYSTEMS}
     * @param args   arguments for the configure step (configure, cmake, meson setup, make)
     * @param script shell lines: the whole build for {@code system = "script"}; for the other systems
     *               optional lines the builder runs after the install step, in the build directory
     * @param env    extra environment variables for the build, in file order
     */
    public record Build(String system, List<String> args, List<String> script, Map<String, String> env) {
        public static final List<String> SYSTEMS = List.of("autotools", "cmake", "meson", "make", "script");
        public static final Build DEFAULT = new Build("autotools", List.of(), List.of(), Map.of());

        public Build {
            args = List.copyOf(args);
            script = List.copyOf(script);
            env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        }
    }

    /**
     * A patch applied to the unpacked source: a file next to the recipe or a URL with its checksum.
     *
     * @param file   relative to the recipe directory ({@code hello/0001-fix.patch}), or null
     * @param url    where to fetch it, or null
     * @param sha256 required with {@code url}, optional with {@code file}
     * @param strip  the {@code -p} level for patch, 1 unless the recipe says otherwise
     */
    public record Patch(String file, String url, String sha256, int strip) {
        public boolean isLocal() {
            return file != null;
        }
    }

    /**
     * A smoke test run after installing into staging.
     *
     * @param run    a shell command; {@code {prefix}} stands for the keg
     * @param expect text the output must contain, or null to check only the exit status
     */
    public record Test(String run, String expect) {
    }
}
