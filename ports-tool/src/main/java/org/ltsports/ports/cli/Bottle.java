package org.ltsports.ports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.bottle.BottleEntry;
import org.ltsports.ports.bottle.BottleIndex;
import org.ltsports.ports.bottle.KegBottler;
import org.ltsports.ports.bottle.LocalBottle;
import org.ltsports.ports.install.InstalledLinkage;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bottle", description = {"Pack installed kegs into bottles for other prefixes pinning the same release.",
        "Each is <name>--<version>.lts-<release>.<arch>.bottle.tar.gz with a .json sidecar, which `ports install`"
                + " pours from $PORTS_BOTTLE_ROOT. With --all, every installed keg, and an index.json that lets any"
                + " static HTTP server serve the directory as a bottle root."},
        footer = {"", "Examples:", "  ports bottle hello                       into the current directory",
                "  ports bottle --all --output /srv/bottles/lts-1.0",
                "  PORTS_BOTTLE_ROOT=http://host/bottles/lts-1.0 ports install hello   on another machine"})
final class Bottle extends PortsCommand {

    @Parameters(arity = "0..*", paramLabel = "<installed>", description = "Installed kegs to bottle.")
    List<String> names;

    @Option(names = "--all", description = "Bottle every installed keg and write index.json.")
    boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "Where to write the bottles (default: the current directory). An index.json there is"
                    + " rewritten to list them.")
    Path output;

    @Override
    int run(PortsSession session) {
        if (all == (names != null && !names.isEmpty())) {
            throw PortsException.usage("name the kegs to bottle, or give --all; see `ports bottle --help`");
        }
        Prefix prefix = session.prefix();
        ReceiptDb receipts = session.receipts();
        LtsRelease release = session.release();
        List<Receipt> targets = all ? receipts.all() : names.stream().map(name -> receipts.find(name).orElseThrow(
                () -> PortsException.failed(name + " is not installed; `ports list` shows what is"))).toList();
        Path outDir = (output != null ? output : Path.of("")).toAbsolutePath().normalize();
        boolean indexed = all || Files.isRegularFile(outDir.resolve(BottleIndex.FILE));
        KegBottler bottler = new KegBottler(prefix.root(), session.settings().ltsRoot(), release);
        InstalledLinkage linkage = new InstalledLinkage(prefix, release, receipts);
        for (Receipt receipt : targets) {
            session.err().println("==> Bottling " + receipt.name() + " " + Path.of(receipt.kegPath()).getFileName());
            session.err().flush();
            LocalBottle bottle = bottler.bottle(receipt, linkage.of(receipt), outDir);
            session.out().println(bottle.tarball());
        }
        if (indexed) {
            List<BottleEntry> entries = BottleIndex.write(outDir);
            session.err().println("==> " + outDir.resolve(BottleIndex.FILE) + " lists " + entries.size()
                    + (entries.size() == 1 ? " bottle" : " bottles"));
        }
        return 0;
    }
}
