package org.ltsports.ports.recipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ltsports.ports.recipe.RecipeException.Problem;

/** The problems found so far in one recipe file; thrown together, in line order, when reading is done. */
final class Problems {
    private final Path file;
    private final List<Problem> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String field, String what) {
        found.add(new Problem(file, line, field, what));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            List<Problem> inLineOrder = new ArrayList<>(found);
            inLineOrder.sort(Comparator.comparingInt(Problem::line));
            throw new RecipeException(inLineOrder);
        }
    }
}
