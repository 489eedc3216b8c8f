package org.ltsports.ports.install;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * Carries out an install plan: fetches every source and bottle the plan needs (sources in
 * parallel), then builds or pours and commits each keg in dependency order. A failure stops the
 * plan; kegs already committed stay, the failing one leaves nothing behind but its logs.
 */
public final class Installer {

    private final PortsSession session;
    private final BottleChoice bottles;

    /** An installer that builds every keg from source. */
    public Installer(PortsSession session) {
        this(session, BottleChoice.none());
    }

    /** An installer that pours a keg where {@code bottles} has a matching bottle. */
    public Installer(PortsSession session, BottleChoice bottles) {
        this.session = session;
        this.bottles = bottles;
    }

    public InstallPlan plan(List<String> names, boolean reinstall) {
        ReceiptDb receipts = session.existingPrefix().isPresent() ? session.receipts() : null;
        return InstallPlan.of(session.recipes(), receipts, session.release(), names, reinstall).pouring(bottles);
    }

    /**
     * Carries out the plan in one journal: each keg is built or poured, then put in place as
     * journal steps; one commit at the end records every receipt. A crash anywhere before it leaves
     * the prefix as it was. A failing keg is rolled back alone and the plan stops there: the kegs
     * before it are committed, as after an install of just those.
     */
    public List<Receipt> install(InstallPlan plan) {
        Prefix prefix = session.prefixForWriting();
        ReceiptDb receipts = session.receipts();
        KegInstall kegs = new KegInstall(session, bottles);
        kegs.fetch(plan.toBuild());
        List<Receipt> installed = new ArrayList<>();
        List<ReceiptChange> changes = new ArrayList<>();
        RuntimeException failure = null;
        try (Journal journal = Journal.begin(prefix, receipts, describe(plan))) {
            for (PlannedKeg planned : plan.kegs()) {
                Recipe recipe = planned.recipe();
                if (!planned.builds()) {
                    if (planned.requested()) {
                        changes.add(new ReceiptChange.SetOnRequest(recipe.name(), true));
                        session.err().println("==> " + recipe.name() + " " + recipe.versionDir() + " is already installed");
                    }
                    continue;
                }
                int savepoint = journal.savepoint();
                try {
                    KegInstall.Placed placed = kegs.place(planned, journal);
                    installed.add(placed.receipt());
                    changes.addAll(placed.changes());
                } catch (RuntimeException e) {
                    failure = e;
                    journal.rollBackTo(savepoint);
                    break;
                }
            }
            journal.commit(changes);
        }
        for (Receipt receipt : installed) {
            session.err().println("==> " + receipt.name() + " " + Path.of(receipt.kegPath()).getFileName()
                    + " is installed in " + receipt.kegPath());
        }
        if (failure != null) {
            throw failure;
        }
        return installed;
    }

    private static String describe(InstallPlan plan) {
        return "install " + String.join(" ", plan.toBuild().stream().map(k -> k.recipe().name()).toList());
    }

    /**
     * Builds {@code recipe} again against {@code release} and puts it in place as steps of
     * {@code journal}, replacing its keg (a pin's rebuild). The receipt it returns is not yet
     * committed: the caller commits it with the journal, and records its linkage facts.
     */
    public Receipt rebuild(Recipe recipe, boolean onRequest, LtsRelease release, Journal journal) {
        PlannedKeg planned = new PlannedKeg(recipe, onRequest, PlannedKeg.Action.REINSTALL);
        return new KegInstall(session, BottleChoice.none(), release).put(planned, journal);
    }
}
