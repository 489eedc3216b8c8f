package org.ltsports.ports.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.upgrade.OutdatedKeg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "outdated", description = "List installed kegs whose recipe has a newer version or revision.",
        footer = {"", "Examples:", "  ports outdated", "  ports outdated --json | jq -r '.[].name'"})
final class Outdated extends PortsCommand {

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        List<OutdatedKeg> outdated = session.existingPrefix().isEmpty() ? List.of()
                : OutdatedKeg.find(session.recipes(), session.receipts().all());
        if (output.json) {
            session.out().println(Json.write(outdated.stream().map(Outdated::json).toList()));
            return 0;
        }
        for (OutdatedKeg keg : outdated) {
            session.out().println(keg.name() + " " + keg.installed() + " < " + keg.current());
        }
        return 0;
    }

    private static Map<String, Object> json(OutdatedKeg keg) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", keg.name());
        map.put("installed_version", keg.installed());
        map.put("current_version", keg.current());
        return map;
    }
}
