package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.recipe.DependencyGraph;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "uses", description = "Show the recipes that depend on a recipe.",
        footer = {"", "Examples:", "  ports uses libgreet", "  ports uses --installed --recursive libgreet"})
final class Uses extends PortsCommand {

    @Parameters(paramLabel = "<recipe>")
    String name;

    @Option(names = "--recursive", description = "Also the recipes that depend on those, and so on.")
    boolean recursive;

    @Option(names = "--installed", description = "Only installed kegs.")
    boolean installed;

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        session.recipes().require(name);
        List<String> users = DependencyGraph.usesOf(name, session.recipes().all(), recursive).stream()
                .map(Recipe::name).toList();
        if (installed) {
            List<String> present = session.existingPrefix().isEmpty() ? List.of()
                    : session.receipts().all().stream().map(Receipt::name).toList();
            users = users.stream().filter(present::contains).toList();
        }
        if (output.json) {
            session.out().println(Json.write(users));
        } else {
            users.forEach(session.out()::println);
        }
        return 0;
    }
}
