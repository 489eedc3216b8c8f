package org.ltsports.ports;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Every location the tool touches, each redirectable by environment.
 *
 * @param prefix     {@code PORTS_PREFIX}, else {@code ~/.ports}
 * @param ltsRoot    {@code PORTS_LTS_ROOT}, else {@code /lts}
 * @param recipes    {@code PORTS_RECIPES}, else the recipes the launcher was installed with
 * @param cache      {@code PORTS_CACHE}, else {@code <prefix>/var/cache/ports/downloads}
 * @param release    {@code PORTS_LTS_RELEASE}: the release a new prefix pins (else the newest)
 * @param bottleRoot {@code PORTS_BOTTLE_ROOT}, where bottles are poured from, if set
 */
public record Settings(Path prefix, Path ltsRoot, Path recipes, Optional<Path> cache,
                       Optional<String> release, Optional<String> bottleRoot) {

    public static Settings from(Map<String, String> env, Map<String, String> properties) {
        Path home = Path.of(firstOf(env.get("HOME"), properties.get("user.home"), "/"));
        Path prefix = path(env.get("PORTS_PREFIX")).orElse(home.resolve(".ports"));
        Path lts = path(env.get("PORTS_LTS_ROOT")).orElse(Path.of("/lts"));
        Path recipes = path(env.get("PORTS_RECIPES"))
                .or(() -> path(properties.get("ports.recipes")))
                .orElse(Path.of("recipes"));
        return new Settings(prefix.toAbsolutePath().normalize(), lts.toAbsolutePath().normalize(),
                recipes.toAbsolutePath().normalize(),
                path(env.get("PORTS_CACHE")).map(p -> p.toAbsolutePath().normalize()),
                nonBlank(env.get("PORTS_LTS_RELEASE")), nonBlank(env.get("PORTS_BOTTLE_ROOT")));
    }

    public Settings withPrefix(Path newPrefix) {
        return new Settings(newPrefix.toAbsolutePath().normalize(), ltsRoot, recipes, cache, release, bottleRoot);
    }

    private static Optional<Path> path(String value) {
        return nonBlank(value).map(Path::of);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalStateException("no value");
    }
}
