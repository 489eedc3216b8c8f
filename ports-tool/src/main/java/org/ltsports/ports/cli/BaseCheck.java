package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.LibrarySearch;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", description = "Check every installed ELF file: all needed libraries and versioned symbols"
        + " resolve inside the pinned release and the prefix, and no file names another release. Exit 1 if not.",
        footer = {"", "Example:", "  ports base check"})
final class BaseCheck extends PortsCommand {

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        LtsRelease release = session.release();
        List<String> others = session.ltsRoot().releases().stream().filter(r -> !r.equals(release.name()))
                .map(r -> session.ltsRoot().path().resolve(r).toString()).toList();
        var check = new org.ltsports.base.abi.BaseCheck(release, session.prefix().root(), LibrarySearch.HOST_DIRS);
        List<String> problems = new ArrayList<>();
        List<Receipt> receipts = session.receipts().all();
        for (Receipt receipt : receipts) {
            check.check(Path.of(receipt.kegPath()), others)
                    .forEach(p -> problems.add(receipt.name() + ": " + p.file() + ": " + p.message()));
        }
        if (output.json) {
            session.out().println(Json.write(problems));
        } else if (problems.isEmpty()) {
            session.out().println(receipts.size() + " kegs checked against LTS " + release.name() + ": every library and"
                    + " versioned symbol resolves inside the release and the prefix");
        } else {
            problems.forEach(session.out()::println);
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
