package org.ltsports.ports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "info", description = "Show a recipe and, if installed, its keg.",
        footer = {"", "Examples:", "  ports info hello", "  ports info --json hello"})
final class Info extends PortsCommand {

    @Parameters(paramLabel = "<recipe>", description = "A recipe or installed keg.")
    String name;

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        Optional<Recipe> recipe = session.recipes().find(name);
        Optional<Receipt> receipt = session.existingPrefix().isEmpty() ? Optional.empty() : session.receipts().find(name);
        if (recipe.isEmpty() && receipt.isEmpty()) {
            session.recipes().require(name);
        }
        if (output.json) {
            session.out().println(Json.write(json(recipe, receipt)));
        } else {
            print(session.out(), recipe, receipt);
        }
        return 0;
    }

    private static Map<String, Object> json(Optional<Recipe> recipe, Optional<Receipt> receipt) {
        Map<String, Object> map = new LinkedHashMap<>();
        recipe.ifPresent(r -> {
            map.put("name", r.name());
            map.put("version", r.version());
            map.put("revision", r.revision());
            map.put("summary", r.summary());
            map.put("homepage", r.homepage());
            map.put("license", r.license());
            map.put("keywords", r.keywords());
            map.put("source", Map.of("url", r.source().url(), "sha256", r.source().sha256()));
            map.put("dependencies", Map.of("ports", r.depends().ports(), "build", r.depends().build(),
                    "base", r.depends().base()));
            map.put("build_system", r.build().system());
            map.put("keg_only", r.kegOnly());
            map.put("recipe_file", r.file().toString());
        });
        if (recipe.isEmpty()) {
            receipt.ifPresent(r -> map.put("name", r.name()));
        }
        map.put("installed", receipt.map(Json::receipt).orElse(null));
        return map;
    }

    private static void print(PrintWriter out, Optional<Recipe> recipe, Optional<Receipt> receipt) {
        if (recipe.isPresent()) {
            Recipe r = recipe.get();
            out.println(r.name() + ": " + r.versionDir() + (r.kegOnly() ? " [keg-only]" : ""));
            out.println(r.summary());
            if (r.homepage() != null) {
                out.println(r.homepage());
            }
            if (r.license() != null) {
                out.println("License: " + r.license());
            }
            out.println("Source: " + r.source().url());
            out.println("Build: " + r.build().system());
            out.println("Dependencies: " + list(r.depends().ports()) + "; build: " + list(r.depends().build())
                    + "; from the LTS release: " + list(r.depends().base()));
            out.println("Recipe: " + r.file());
        } else {
            out.println(receipt.orElseThrow().name() + ": installed, but no recipe of that name remains");
        }
        if (receipt.isEmpty()) {
            out.println("Not installed");
            return;
        }
        Receipt k = receipt.get();
        out.println("Installed: " + k.kegPath() + " (" + k.files().size() + " files)"
                + (k.onRequest() ? ", on request" : ", as a dependency")
                + (k.links().isEmpty() ? ", not linked" : ", linked"));
        out.println("Built against LTS " + k.release() + " on " + k.installedAt());
        if (recipe.isPresent() && !recipe.get().versionDir().equals(java.nio.file.Path.of(k.kegPath()).getFileName().toString())) {
            out.println("Outdated: the recipe is at " + recipe.get().versionDir());
        }
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    static PortsException notInstalled(String name) {
        return PortsException.failed(name + " is not installed; `ports list` shows what is");
    }
}
