package org.ltsports.ports.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.journal.Step;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;
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

    /**
     * Removes the kegs in one journal: farm links, opt links and Cellar directories (set aside
     * until the commit, which removes the receipts). A crash before the commit leaves every keg
     * installed, one after it leaves them all gone.
     */
    public void uninstall(List<Receipt> targets) {
        Prefix prefix = session.prefix();
        Linker linker = new Linker(prefix);
        try (Journal journal = Journal.begin(prefix, session.receipts(), "uninstall "
                + String.join(" ", targets.stream().map(Receipt::name).toList()))) {
            for (Receipt receipt : targets) {
                Path kegPath = Path.of(receipt.kegPath());
                linker.unlink(Keg.at(kegPath), journal);
                journal.perform(removals(prefix, receipt.name(), kegPath, journal));
            }
            journal.commit(targets.stream().map(r -> (ReceiptChange) new ReceiptChange.Remove(r.name())).toList());
        }
        for (Receipt receipt : targets) {
            session.err().println("==> Uninstalled " + receipt.name() + " " + Path.of(receipt.kegPath()).getFileName());
        }
    }

    /** The opt link, the keg (set aside), and its rack when that is left empty. */
    private static List<Step> removals(Prefix prefix, String name, Path kegPath, Journal journal) {
        List<Step> steps = new ArrayList<>();
        Path opt = prefix.opt(name);
        try {
            if (Files.isSymbolicLink(opt)) {
                steps.add(new Step.RemoveLink(relative(prefix, opt), Files.readSymbolicLink(opt).toString()));
            }
        } catch (IOException e) {
            throw PortsException.failed("could not read " + opt + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(kegPath, LinkOption.NOFOLLOW_LINKS)) {
            steps.add(new Step.Move(relative(prefix, kegPath), journal.asidePath(name + "-" + kegPath.getFileName())));
            steps.add(new Step.RemoveDir(relative(prefix, kegPath.getParent())));
        }
        return steps;
    }

    private static String relative(Prefix prefix, Path path) {
        return prefix.root().relativize(path.toAbsolutePath().normalize()).toString();
    }
}
