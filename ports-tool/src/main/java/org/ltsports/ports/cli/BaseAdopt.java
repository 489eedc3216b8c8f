package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.base.store.AdoptResult;
import org.ltsports.base.store.LtsStore;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "adopt", description = "Import a root tree into the LTS store as a new generation of a release:"
        + " content hash, relative links, read-only files, manifest, then an atomic swap of <lts-root>/<release>.",
        footer = {"", "Examples:", "  ports base adopt /srv/trees/bookworm --release 2.0",
                "  ports base adopt ./tree --release 1.0 --abi-tag libfoo=struct-v2"})
final class BaseAdopt extends PortsCommand {

    @Parameters(paramLabel = "<tree>", description = "A root tree: a debootstrap tree, a Nix profile, a directory of libraries.")
    Path tree;

    @Option(names = "--release", required = true, paramLabel = "<name>", description = "The release, e.g. 1.0.")
    String release;

    @Option(names = "--abi-tag", paramLabel = "<component>=<tag>",
            description = "An ABI tag for a change ELF cannot show (e.g. a struct layout). Repeatable.")
    List<String> abiTags = List.of();

    @Override
    int run(PortsSession session) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : abiTags) {
            int eq = tag.indexOf('=');
            if (eq <= 0 || eq == tag.length() - 1) {
                throw PortsException.usage("--abi-tag takes <component>=<tag>, got '" + tag + "'");
            }
            tags.put(tag.substring(0, eq), tag.substring(eq + 1));
        }
        AdoptResult result = new LtsStore(session.ltsRoot()).adopt(tree.toAbsolutePath(), release, tags);
        if (!result.changed()) {
            session.out().println(release + " already is this tree (generation " + result.generation().number()
                    + ", " + result.treeHash() + "): nothing to do");
            return 0;
        }
        session.out().println("Adopted " + tree + " as LTS " + release + " generation " + result.generation().number()
                + " (" + result.treeHash() + ") at " + result.generation().tree());
        if (!result.skipped().isEmpty()) {
            session.err().println("Skipped " + result.skipped().size() + " entries (devices or unreadable): "
                    + String.join(", ", result.skipped().subList(0, Math.min(5, result.skipped().size())))
                    + (result.skipped().size() > 5 ? ", ..." : ""));
        }
        return 0;
    }
}
