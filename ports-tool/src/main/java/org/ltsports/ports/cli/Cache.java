package org.ltsports.ports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.fetch.DownloadCache;
import org.ltsports.ports.fetch.SourceSpec;
import org.ltsports.ports.recipe.Recipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cache", description = "The download cache.", subcommands = Cache.Add.class,
        footer = {"", "Example:", "  ports cache add ~/Downloads/hello-2.10.tar.gz"})
final class Cache extends PortsCommand {

    @Override
    int run(PortsSession session) {
        session.out().println(session.cacheDir());
        return 0;
    }

    @Command(name = "add", description = "Put local files into the cache, for offline installs: each must match"
            + " the sha256 of a recipe's source.",
            footer = {"", "Example:", "  ports cache add hello_2.10.orig.tar.gz"})
    static final class Add extends PortsCommand {

        @Parameters(arity = "1..*", paramLabel = "<file>")
        List<Path> files;

        @Override
        int run(PortsSession session) {
            DownloadCache cache = session.cache();
            List<Recipe> recipes = session.recipes().all();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw PortsException.failed(file + " is not a file");
                }
                String sha256 = DownloadCache.sha256(file);
                Optional<Recipe> owner = recipes.stream()
                        .filter(r -> r.source().sha256().equalsIgnoreCase(sha256)).findFirst();
                if (owner.isEmpty()) {
                    throw PortsException.integrity("no recipe has a source with sha256 " + sha256 + " (" + file
                            + "); nothing was added");
                }
                Recipe recipe = owner.get();
                SourceSpec spec = SourceSpec.of(recipe.source().url(), recipe.source().sha256(), List.of());
                Path cached = cache.add(file, sha256, spec.fileName());
                session.out().println(recipe.name() + " " + cached);
            }
            return 0;
        }
    }
}
