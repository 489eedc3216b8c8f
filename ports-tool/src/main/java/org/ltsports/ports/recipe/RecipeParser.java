package org.ltsports.ports.recipe;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.Recipe.Build;
import org.ltsports.ports.recipe.Recipe.Depends;
import org.ltsports.ports.recipe.Recipe.Source;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * Reads and validates one recipe file. Every problem is reported with file, line and field, all
 * problems of the file at once; nothing unknown passes silently.
 */
public final class RecipeParser {
    static final List<String> TOP = List.of("name", "version", "revision", "summary", "homepage", "license",
            "keywords", "keg_only", "source", "depends", "build", "patch", "test");
    private static final List<String> SOURCE = List.of("url", "sha256", "mirrors");
    private static final List<String> DEPENDS = List.of("ports", "build", "base");
    private static final List<String> BUILD = List.of("system", "args", "script", "env");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z+.~-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RecipeParser() {
    }

    /**
     * @throws RecipeException when the file is not a valid recipe (exit code FAILED)
     * @throws PortsException  when the file cannot be read
     */
    public static Recipe parse(Path file) {
        String text = read(file);
        TomlParseResult toml = Toml.parse(text);
        Problems problems = new Problems(file);
        for (TomlParseError error : toml.errors()) {
            problems.add(error.position().line(), "syntax",
                    error.getMessage() + " (column " + error.position().column() + ")");
        }
        problems.throwIfAny();

        FieldReader top = new FieldReader(toml, "", 1, problems, new TomlSource(text));
        top.rejectUnknown(TOP);
        String name = top.string("name", true);
        if (name != null) {
            checkName(top, name, file);
        }
        String version = top.string("version", true);
        if (version != null && !VERSION.matcher(version).matches()) {
            top.problem("version", "must start with a letter or digit and hold only letters, digits and + . ~ -"
                    + " ('_' separates the revision), got \"" + version + "\"");
        }
        int revision = top.nonNegativeInt("revision", 0);
        String summary = top.string("summary", true);
        String homepage = top.string("homepage", false);
        if (homepage != null) {
            reportBadUrl(top, "homepage", homepage, List.of("http", "https"));
        }
        String license = top.string("license", false);
        List<String> keywords = top.strings("keywords", keyword -> null);
        boolean kegOnly = top.bool("keg_only", false);
        Source source = source(top, file.toAbsolutePath().getParent());
        Depends depends = depends(top, name);
        Build build = build(top);
        List<Recipe.Patch> patches = PatchReader.patches(top, file);
        Recipe.Test test = test(top);
        problems.throwIfAny();
        return new Recipe(name, version, revision, summary, homepage, license, keywords, source, depends, build,
                patches, test, kegOnly, file);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw PortsException.failed("no recipe file " + file, e);
        } catch (MalformedInputException e) {
            throw new RecipeException(List.of(new RecipeException.Problem(file, 1, "file", "is not UTF-8 text")));
        } catch (IOException e) {
            throw PortsException.failed("cannot read recipe " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkName(FieldReader top, String name, Path file) {
        String fileName = file.getFileName().toString();
        String stem = fileName.endsWith(".toml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (!Recipe.isValidName(name)) {
            top.problem("name", "must match " + Recipe.NAME + " (lower case, no path separators), got \"" + name + "\"");
        } else if (!Recipe.isValidName(stem)) {
            top.problem("name", "the file name " + fileName + " is not a recipe name; rename it to " + name + ".toml");
        } else if (!name.equals(stem)) {
            top.problem("name", "must be \"" + stem + "\" to match the file name " + fileName + ", got \"" + name + "\"");
        }
    }

    private static Source source(FieldReader top, Path recipeDir) {
        FieldReader source = top.table("source", true);
        if (source == null) {
            return null;
        }
        source.rejectUnknown(SOURCE);
        String url = source.string("url", true);
        if (url != null && SourceUrls.problem(url, SourceUrls.SCHEMES) == null) {
            url = SourceUrls.resolve(url, recipeDir);
        } else if (url != null) {
            reportBadUrl(source, "url", url, SourceUrls.SCHEMES);
        }
        String sha256 = sha256(source, true);
        List<String> mirrors = source.strings("mirrors", mirror -> SourceUrls.problem(mirror, SourceUrls.SCHEMES));
        return new Source(url, sha256, mirrors.stream().map(m -> SourceUrls.resolve(m, recipeDir)).toList());
    }

    /** A checksum field: 64 hexadecimal characters, returned in lower case. */
    static String sha256(FieldReader table, boolean required) {
        String sha256 = table.string("sha256", required);
        if (sha256 == null) {
            return null;
        }
        if (!SHA256.matcher(sha256).matches()) {
            table.problem("sha256", "must be 64 hexadecimal characters, got \"" + sha256 + "\"");
            return null;
        }
        return sha256.toLowerCase(Locale.ROOT);
    }

    static void reportBadUrl(FieldReader table, String key, String url, List<String> schemes) {
        String wrong = SourceUrls.problem(url, schemes);
        if (wrong != null) {
            table.problem(key, wrong);
        }
    }

    private static Depends depends(FieldReader top, String name) {
        FieldReader depends = top.table("depends", false);
        if (depends == null) {
            return Depends.NONE;
        }
        depends.rejectUnknown(DEPENDS);
        return new Depends(
                depends.strings("ports", dependency -> dependencyProblem(dependency, name)),
                depends.strings("build", dependency -> dependencyProblem(dependency, name)),
                depends.strings("base", component -> null));
    }

    private static String dependencyProblem(String dependency, String name) {
        if (!Recipe.isValidName(dependency)) {
            return "not a recipe name (" + Recipe.NAME + "), got \"" + dependency + "\"";
        }
        return dependency.equals(name) ? "a recipe cannot depend on itself" : null;
    }

    private static Build build(FieldReader top) {
        FieldReader build = top.table("build", false);
        if (build == null) {
            return Build.DEFAULT;
        }
        build.rejectUnknown(BUILD);
        String system = build.string("system", false);
        if (system == null) {
            system = Build.DEFAULT.system();
        } else if (!Build.SYSTEMS.contains(system)) {
            List<String> close = CloseNames.closest(system, Build.SYSTEMS, 1);
            build.problem("system", "unknown build system \"" + system + "\"; known: " + String.join(", ", Build.SYSTEMS)
                    + (close.isEmpty() ? "" : "; did you mean " + close.get(0) + "?"));
        }
        List<String> args = build.strings("args", arg -> null);
        List<String> script = build.strings("script", line -> null);
        if (system.equals("script") && script.isEmpty()) {
            build.missing("script", "system = \"script\" needs script = [\"shell line\", ...]");
        }
        var env = build.stringTable("env", key -> ENV_NAME.matcher(key).matches()
                ? null : "not an environment variable name (" + ENV_NAME + ")");
        return new Build(system, args, script, env);
    }

    private static Recipe.Test test(FieldReader top) {
        FieldReader test = top.table("test", false);
        if (test == null) {
            return null;
        }
        test.rejectUnknown(List.of("run", "expect"));
        return new Recipe.Test(test.string("run", true), test.string("expect", false));
    }
}
