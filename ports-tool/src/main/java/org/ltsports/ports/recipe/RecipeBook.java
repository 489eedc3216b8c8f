package org.ltsports.ports.recipe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.ltsports.ports.PortsException;

/**
 * The recipe collection: a flat directory of {@code <name>.toml} files (patches under
 * {@code <name>/}). Listing names reads only the directory; a recipe is parsed when first asked
 * for, once.
 */
public final class RecipeBook {
    private static final String SUFFIX = ".toml";

    private final Path dir;
    private final Map<String, Recipe> parsed = new ConcurrentHashMap<>();

    public RecipeBook(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The file a recipe of this name lives in, whether or not it exists. */
    public Path fileOf(String name) {
        return dir.resolve(name + SUFFIX);
    }

    /**
     * The recipe of this name, parsing only its own file; empty when there is no such file or the
     * name is not a recipe name (so no name can reach outside the directory).
     *
     * @throws RecipeException when the file exists but is not a valid recipe
     */
    public Optional<Recipe> find(String name) {
        if (!Recipe.isValidName(name) || !Files.isRegularFile(fileOf(name))) {
            return Optional.empty();
        }
        return Optional.of(load(name));
    }

    /**
     * @throws PortsException  (FAILED) naming the directory and close names when there is no such recipe
     * @throws RecipeException when the file is not a valid recipe
     */
    public Recipe require(String name) {
        return find(name).orElseThrow(() -> PortsException.failed(noRecipe(name)));
    }

    /** "no recipe named 'x' in dir", with up to three close names. */
    String noRecipe(String name) {
        if (!Files.isDirectory(dir)) {
            return "no recipe named '" + name + "': the recipe directory " + dir
                    + " does not exist (set PORTS_RECIPES to the directory of <name>.toml files)";
        }
        List<String> close = CloseNames.closest(name, names(), 3);
        return "no recipe named '" + name + "' in " + dir
                + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                + "; try `ports search " + name + "`";
    }

    /**
     * Names of all recipe files, sorted, without parsing any.
     *
     * @throws PortsException (FAILED) when the directory cannot be listed
     */
    public List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(SUFFIX) && !file.startsWith(".") && file.length() > SUFFIX.length())
                    .map(file -> file.substring(0, file.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw PortsException.failed("cannot list the recipe directory " + dir + ": " + e
                    + " (set PORTS_RECIPES to the directory of <name>.toml files)", e);
        }
    }

    /**
     * Every recipe, sorted by name.
     *
     * @throws RecipeException with the problems of every broken file, when there is one
     */
    public List<Recipe> all() {
        List<Recipe> recipes = new ArrayList<>();
        List<RecipeException.Problem> problems = new ArrayList<>();
        for (String name : names()) {
            try {
                recipes.add(load(name));
            } catch (RecipeException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return recipes;
    }

    private Recipe load(String name) {
        Recipe cached = parsed.get(name);
        if (cached != null) {
            return cached;
        }
        Recipe recipe = RecipeParser.parse(fileOf(name));
        Recipe earlier = parsed.putIfAbsent(name, recipe);
        return earlier == null ? recipe : earlier;
    }
}
