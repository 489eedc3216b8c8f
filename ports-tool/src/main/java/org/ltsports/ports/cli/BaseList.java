package org.ltsports.ports.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.store.Generation;
import org.ltsports.base.store.LtsStore;
import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", description = "List the LTS releases side by side, their generations, and the one this prefix pins.",
        footer = {"", "Example:", "  ports base list --json"})
final class BaseList extends PortsCommand {

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        LtsStore store = new LtsStore(session.ltsRoot());
        Optional<String> pinned = session.existingPrefix().map(p -> p.marker().pinnedRelease());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : store.releases()) {
            LtsRelease release = session.ltsRoot().release(name);
            List<Generation> generations = store.generations(name);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("release", name);
            row.put("path", release.path().toString());
            row.put("mode", release.mode().name().toLowerCase(java.util.Locale.ROOT));
            row.put("generations", generations.stream().map(Generation::number).toList());
            row.put("components", release.manifest().map(m -> m.components().size()).orElse(0));
            row.put("pinned", pinned.map(name::equals).orElse(false));
            rows.add(row);
        }
        if (output.json) {
            session.out().println(Json.write(rows));
            return 0;
        }
        if (rows.isEmpty()) {
            session.err().println("No LTS release under " + session.ltsRoot().path()
                    + "; adopt one with `ports base adopt <tree> --release <name>`");
        }
        for (Map<String, Object> row : rows) {
            session.out().printf("%-8s %-8s generations %-10s %3s components  %s%s%n", row.get("release"), row.get("mode"),
                    row.get("generations"), row.get("components"), row.get("path"),
                    Boolean.TRUE.equals(row.get("pinned")) ? "  (pinned)" : "");
        }
        return 0;
    }
}
