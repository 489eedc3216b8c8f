package org.ltsports.ports.recipe;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.ltsports.ports.PortsException;

/**
 * A recipe file (or several) failed validation. The message names file, line and field of each
 * problem, {@code <file>:<line>: <field>: <what is wrong>}: one line when there is one problem,
 * else a summary line followed by one line per problem.
 */
public final class RecipeException extends PortsException {
    private static final long serialVersionUID = 1L;

    /** One thing wrong in a recipe file. */
    public record Problem(Path file, int line, String field, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + field + ": " + what;
        }
    }

    private final List<Problem> problems;

    public RecipeException(List<Problem> problems) {
        super(FAILED, message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a RecipeException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        long files = problems.stream().map(Problem::file).distinct().count();
        String summary = files == 1
                ? problems.get(0).file() + ": " + problems.size() + " problems"
                : problems.size() + " problems in " + files + " recipes";
        return summary + problems.stream().map(Problem::toString).collect(Collectors.joining("\n", "\n", ""));
    }
}
