package org.ltsports.ports.install;

import org.ltsports.ports.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/** Removes kegs: their links, opt link, Cellar directory and receipt. Refused while dependents remain. */
public final class Uninstaller {

    private final PortsSession session;

    public Uninstaller(PortsSession session) {
        this.session = session;
    }

    /** The receipts that would be removed; refused if any is not installed or still needed. */
    public List<Receipt> plan(List<String> names, boolean ignoreDependencies) {
        ReceiptDb receipts = session.receipts();
        List<Receipt> targets = new ArrayList<>();
        for (String name : names) {
            targets.add(receipts.find(name).orElseThrow(() -> PortsException.failed(
                    name + " is not installed; `ports list` shows what is")));
        }
        if (!ignoreDependencies) {
            for (String name : names) {
                List<String> dependents = receipts.dependents(name).stream().filter(d -> !names.contains(d)).toList();
                if (!dependents.isEmpty()) {
                    throw PortsException.refused("Refusing to uninstall " + name + ": it is required by "
                            + String.join(", ", dependents) + ", which "
                            + (dependents.size() == 1 ? "is" : "are") + " installed. Uninstall "
                            + (dependents.size() == 1 ? "it" : "them") + " first, or use --ignore-dependencies");
                }
            }
        }
        return targets;
    }

    public void uninstall(List<Receipt> targets) {
        Prefix prefix = session.prefix();
        Linker linker = new Linker(prefix);
        for (Receipt receipt : targets) {
            Path kegPath = Path.of(receipt.kegPath());
            if (Files.isDirectory(kegPath)) {
                Keg keg = Keg.at(kegPath);
                linker.unlink(keg);
            }
            prefix.removeOpt(receipt.name());
            session.receipts().remove(receipt.name());
            Trees.delete(kegPath);
            try {
                Trees.deleteIfEmpty(kegPath.getParent());
            } catch (IOException e) {
                throw PortsException.failed("could not remove " + kegPath.getParent() + ": " + e.getMessage(), e);
            }
            session.err().println("==> Uninstalled " + receipt.name() + " " + kegPath.getFileName());
        }
    }
}
