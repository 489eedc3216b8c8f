package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.fetch.SourceSpec;
import org.ltsports.ports.recipe.DependencyGraph;
import org.ltsports.ports.recipe.Recipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fetch", description = "Download recipes' sources into the cache and verify their checksums.",
        footer = {"", "Examples:", "  ports fetch hello", "  ports fetch --deps greet"})
final class Fetch extends PortsCommand {

    @Parameters(arity = "1..*", paramLabel = "<recipe>")
    List<String> names;

    @Option(names = "--deps", description = "Also fetch the sources of all dependencies.")
    boolean deps;

    @Override
    int run(PortsSession session) {
        List<Recipe> recipes = new ArrayList<>();
        if (deps) {
            new DependencyGraph(session.recipes()).installOrder(names).forEach(step -> recipes.add(step.recipe()));
        } else {
            names.forEach(name -> recipes.add(session.recipes().require(name)));
        }
        List<SourceSpec> specs = recipes.stream()
                .map(r -> SourceSpec.of(r.source().url(), r.source().sha256(), r.source().mirrors())).toList();
        List<Path> files = session.fetcher().fetchAll(specs);
        for (int i = 0; i < files.size(); i++) {
            session.out().println(recipes.get(i).name() + " " + files.get(i));
        }
        return 0;
    }
}
