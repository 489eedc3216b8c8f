package org.ltsports.ports.recipe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ltsports.ports.PortsException;

/**
 * The graph of recipes through {@code depends.ports} (needed at run time) and {@code depends.build}
 * (needed only to build), read from a {@link RecipeBook} as far as a question needs.
 */
public final class DependencyGraph {

    /**
     * One recipe of an install order.
     *
     * @param requested asked for by name (not only pulled in as a dependency)
     * @param buildOnly needed only to build something else: nothing requested needs it at run time
     */
    public record Step(Recipe recipe, boolean requested, boolean buildOnly) {
        public String name() {
            return recipe.name();
        }
    }

    private final RecipeBook book;

    public DependencyGraph(RecipeBook book) {
        this.book = book;
    }

    /**
     * The requested recipes and everything they need, dependencies first; among recipes that are
     * ready at the same time, by name.
     *
     * @throws PortsException (FAILED) for a cycle (naming it), a missing recipe or dependency (naming
     *                        who wants it); {@link RecipeException} for a broken recipe file
     */
    public List<Step> installOrder(Collection<String> requested) {
        Set<String> asked = new TreeSet<>(requested);
        Map<String, Recipe> closure = new TreeMap<>();
        asked.forEach(name -> closure.put(name, book.require(name)));
        addNeeds(closure, new ArrayDeque<>(asked));

        Set<String> atRunTime = new TreeSet<>(asked);
        Deque<String> work = new ArrayDeque<>(asked);
        while (!work.isEmpty()) {
            for (String dependency : closure.get(work.pop()).depends().ports()) {
                if (atRunTime.add(dependency)) {
                    work.push(dependency);
                }
            }
        }
        Map<String, List<String>> needs = new TreeMap<>();
        closure.forEach((name, recipe) -> needs.put(name, recipe.depends().recipes()));
        return TopologicalOrder.of(needs).stream()
                .map(name -> new Step(closure.get(name), asked.contains(name), !atRunTime.contains(name)))
                .toList();
    }

    /**
     * What {@code name} needs (run time and build), sorted by name; with {@code transitive}, also
     * what those need, and so on.
     */
    public List<Recipe> dependenciesOf(String name, boolean transitive) {
        Recipe recipe = book.require(name);
        Map<String, Recipe> found = new TreeMap<>();
        found.put(name, recipe);
        Deque<String> work = new ArrayDeque<>(List.of(name));
        if (transitive) {
            addNeeds(found, work);
        } else {
            recipe.depends().recipes().forEach(dependency -> found.put(dependency, lookUp(dependency, recipe)));
        }
        found.remove(name);
        return List.copyOf(found.values());
    }

    /**
     * The recipes of {@code universe} (installed ones, or the whole book) that need {@code name},
     * sorted by name; with {@code transitive}, also those that need them, and so on.
     */
    public static List<Recipe> usesOf(String name, Collection<Recipe> universe, boolean transitive) {
        Map<String, List<Recipe>> users = new HashMap<>();
        for (Recipe recipe : universe) {
            recipe.depends().recipes().forEach(dep -> users.computeIfAbsent(dep, d -> new ArrayList<>()).add(recipe));
        }
        Map<String, Recipe> found = new TreeMap<>();
        Deque<String> work = new ArrayDeque<>(List.of(name));
        while (!work.isEmpty()) {
            for (Recipe user : users.getOrDefault(work.pop(), List.of())) {
                if (!user.name().equals(name) && found.put(user.name(), user) == null && transitive) {
                    work.push(user.name());
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Adds to {@code found} everything the recipes in {@code work} need, transitively. */
    private void addNeeds(Map<String, Recipe> found, Deque<String> work) {
        while (!work.isEmpty()) {
            Recipe recipe = found.get(work.pop());
            for (String dependency : recipe.depends().recipes()) {
                if (!found.containsKey(dependency)) {
                    found.put(dependency, lookUp(dependency, recipe));
                    work.push(dependency);
                }
            }
        }
    }

    private Recipe lookUp(String dependency, Recipe wantedBy) {
        String field = wantedBy.depends().ports().contains(dependency) ? "depends.ports" : "depends.build";
        return book.find(dependency).orElseThrow(() -> PortsException.failed(
                "recipe '" + wantedBy.name() + "' needs '" + dependency + "' (" + field + " in " + wantedBy.file()
                        + "), but " + book.noRecipe(dependency)));
    }
}
