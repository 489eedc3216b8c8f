package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.recipe.DependencyGraph;
import org.ltsports.ports.recipe.Recipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "deps", description = "Show the dependencies of a recipe, all of them unless --direct.",
        footer = {"", "Examples:", "  ports deps greet", "  ports deps --direct --json greet"})
final class Deps extends PortsCommand {

    @Parameters(paramLabel = "<recipe>")
    String name;

    @Option(names = "--direct", description = "Only the dependencies the recipe names itself.")
    boolean direct;

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        List<String> deps = new DependencyGraph(session.recipes()).dependenciesOf(name, !direct).stream()
                .map(Recipe::name).toList();
        if (output.json) {
            session.out().println(Json.write(deps));
        } else {
            deps.forEach(session.out()::println);
        }
        return 0;
    }
}
