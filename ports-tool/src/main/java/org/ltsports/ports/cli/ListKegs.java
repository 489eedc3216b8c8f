package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", aliases = "ls", description = "List installed kegs.",
        footer = {"", "Examples:", "  ports list", "  ports list --json | jq -r '.[].name'"})
final class ListKegs extends PortsCommand {

    @Mixin
    JsonOption output;

    @Option(names = "--on-request", description = "Only kegs installed on request, not as dependencies.")
    boolean onRequest;

    @Override
    int run(PortsSession session) {
        List<Receipt> receipts = session.existingPrefix().isEmpty() ? List.of()
                : session.receipts().all().stream().filter(r -> !onRequest || r.onRequest()).toList();
        if (output.json) {
            session.out().println(Json.write(receipts.stream().map(Json::receipt).toList()));
            return 0;
        }
        for (Receipt receipt : receipts) {
            session.out().println(receipt.name() + " " + Path.of(receipt.kegPath()).getFileName());
        }
        return 0;
    }
}
