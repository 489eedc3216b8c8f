package org.ltsports.ports.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ltsports.ports.recipe.RecipeFixtures.recipe;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.DependencyGraph.Step;

class DependencyGraphTest {
    @TempDir
    Path dir;
    RecipeBook book;
    DependencyGraph graph;

    @BeforeEach
    void graph() {
        book = new RecipeBook(dir);
        graph = new DependencyGraph(book);
    }

    @Test
    void aDiamondIsInstalledDependenciesFirstThenByName() {
        recipe(dir, "app", List.of("right", "left"), List.of());
        recipe(dir, "left", List.of("base"), List.of());
        recipe(dir, "right", List.of("base"), List.of());
        recipe(dir, "base", List.of(), List.of());

        List<Step> order = graph.installOrder(List.of("app"));

        assertEquals(List.of("base", "left", "right", "app"), names(order));
        assertEquals(List.of(false, false, false, true), order.stream().map(Step::requested).toList());
        assertEquals(List.of(false, false, false, false), order.stream().map(Step::buildOnly).toList());
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheRequest() {
        recipe(dir, "b", List.of("c"), List.of());
        recipe(dir, "a", List.of("c"), List.of());
        recipe(dir, "c", List.of(), List.of());

        assertEquals(List.of("c", "a", "b"), names(graph.installOrder(List.of("b", "a"))));
        assertEquals(List.of("c", "a", "b"), names(graph.installOrder(List.of("a", "b", "a"))));
    }

    @Test
    void whatIsNeededOnlyToBuildIsMarkedBuildOnly() {
        recipe(dir, "app", List.of("lib"), List.of("tool", "pkgconf"));
        recipe(dir, "lib", List.of(), List.of("pkgconf"));
        recipe(dir, "tool", List.of("toollib"), List.of());
        recipe(dir, "toollib", List.of(), List.of());
        recipe(dir, "pkgconf", List.of(), List.of());

        List<Step> order = graph.installOrder(List.of("app"));

        assertEquals(List.of("pkgconf", "lib", "toollib", "tool", "app"), names(order));
        assertEquals(List.of("pkgconf", "toollib", "tool"),
                order.stream().filter(Step::buildOnly).map(Step::name).toList());
    }

    @Test
    void aBuildDependencyThatSomethingNeedsAtRunTimeIsNotBuildOnly() {
        recipe(dir, "app", List.of("lib"), List.of("tool"));
        recipe(dir, "lib", List.of("tool"), List.of());
        recipe(dir, "tool", List.of(), List.of());

        List<Step> order = graph.installOrder(List.of("app"));

        assertEquals(List.of("tool", "lib", "app"), names(order));
        assertEquals(List.of(), order.stream().filter(Step::buildOnly).toList());
    }

    @Test
    void aRequestedRecipeIsNeverBuildOnly() {
        recipe(dir, "app", List.of(), List.of("tool"));
        recipe(dir, "tool", List.of(), List.of());

        List<Step> order = graph.installOrder(List.of("app", "tool"));

        assertEquals(List.of(new Step(book.require("tool"), true, false), new Step(book.require("app"), true, false)),
                order);
    }

    @Test
    void aCycleIsRefusedAndNamed() {
        recipe(dir, "a", List.of("b"), List.of());
        recipe(dir, "b", List.of(), List.of("c"));
        recipe(dir, "c", List.of("a"), List.of());

        PortsException e = assertThrows(PortsException.class, () -> graph.installOrder(List.of("b")));

        assertEquals(PortsException.FAILED, e.exitCode());
        assertEquals("dependency cycle: a -> b -> c -> a; remove one of these dependencies from its recipe's [depends]",
                e.getMessage());
    }

    @Test
    void aCycleBelowTheRequestIsNamedWithoutTheRecipesOutsideIt() {
        recipe(dir, "app", List.of("x"), List.of());
        recipe(dir, "x", List.of("y"), List.of());
        recipe(dir, "y", List.of("z"), List.of());
        recipe(dir, "z", List.of("x"), List.of());

        PortsException e = assertThrows(PortsException.class, () -> graph.installOrder(List.of("app")));

        assertEquals("dependency cycle: x -> y -> z -> x; remove one of these dependencies from its recipe's [depends]",
                e.getMessage());
    }

    @Test
    void aMissingDependencyNamesTheRecipeThatWantsIt() {
        recipe(dir, "app", List.of("lib"), List.of());
        recipe(dir, "lib", List.of(), List.of("zlb"));
        recipe(dir, "zlib", List.of(), List.of());

        PortsException e = assertThrows(PortsException.class, () -> graph.installOrder(List.of("app")));

        assertEquals("recipe 'lib' needs 'zlb' (depends.build in " + dir.resolve("lib.toml") + "), but no recipe named"
                + " 'zlb' in " + dir + "; did you mean zlib?; try `ports search zlb`", e.getMessage());
    }

    @Test
    void aMissingRequestedRecipeIsRefused() {
        PortsException e = assertThrows(PortsException.class, () -> graph.installOrder(List.of("nope")));

        assertEquals("no recipe named 'nope' in " + dir + "; try `ports search nope`", e.getMessage());
    }

    @Test
    void dependenciesOfListsDirectOrAllNeedsByName() {
        recipe(dir, "app", List.of("lib"), List.of("tool"));
        recipe(dir, "lib", List.of("base"), List.of());
        recipe(dir, "tool", List.of(), List.of());
        recipe(dir, "base", List.of(), List.of());

        assertEquals(List.of("lib", "tool"), recipeNames(graph.dependenciesOf("app", false)));
        assertEquals(List.of("base", "lib", "tool"), recipeNames(graph.dependenciesOf("app", true)));
        assertEquals(List.of(), recipeNames(graph.dependenciesOf("base", true)));
    }

    @Test
    void usesOfListsDirectOrAllUsersWithinTheUniverse() {
        recipe(dir, "app", List.of("lib"), List.of());
        recipe(dir, "lib", List.of("base"), List.of());
        recipe(dir, "tool", List.of(), List.of("base"));
        recipe(dir, "base", List.of(), List.of());
        recipe(dir, "other", List.of(), List.of());
        List<Recipe> universe = book.all();

        assertEquals(List.of("lib", "tool"), recipeNames(DependencyGraph.usesOf("base", universe, false)));
        assertEquals(List.of("app", "lib", "tool"), recipeNames(DependencyGraph.usesOf("base", universe, true)));
        assertEquals(List.of("lib"), recipeNames(DependencyGraph.usesOf("base",
                universe.stream().filter(r -> r.name().equals("lib") || r.name().equals("base")).toList(), true)));
        assertEquals(List.of(), recipeNames(DependencyGraph.usesOf("app", universe, true)));
    }

    private static List<String> names(List<Step> steps) {
        return steps.stream().map(Step::name).toList();
    }

    private static List<String> recipeNames(List<Recipe> recipes) {
        return recipes.stream().map(Recipe::name).toList();
    }
}
