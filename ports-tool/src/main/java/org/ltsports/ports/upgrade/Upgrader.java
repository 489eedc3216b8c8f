package org.ltsports.ports.upgrade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.install.BottleChoice;
import org.ltsports.ports.install.InstalledLinkage;
import org.ltsports.ports.install.KegInstall;
import org.ltsports.ports.install.PlannedKeg;
import org.ltsports.ports.recipe.DependencyGraph;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * Carries out an upgrade as one change of the prefix: each keg of the plan is built (or poured) and
 * put in place in dependency order, the keg it replaces unlinked and set aside in the journal; after
 * each replaced keg, the installed kegs using it are checked against its new exports
 * ({@link DependentCheck}) and those that no longer resolve are rebuilt in the same change, in
 * dependency order. One commit records every receipt, and only then are the old kegs deleted. If
 * any keg fails, the whole journal is rolled back: every old keg, link and receipt is as before.
 */
public final class Upgrader {

    private final PortsSession session;
    private final BottleChoice bottles;

    public Upgrader(PortsSession session, BottleChoice bottles) {
        this.session = session;
        this.bottles = bottles;
    }

    public UpgradePlan plan(List<String> names) {
        return UpgradePlan.of(session.recipes(), session.receipts(), session.release(), names, bottles);
    }

    /** Upgrades as planned; returns the receipts of the kegs put in place, in order. */
    public List<Receipt> upgrade(UpgradePlan plan) {
        if (plan.kegs().isEmpty()) {
            return List.of();
        }
        Prefix prefix = session.prefix();
        ReceiptDb receipts = session.receipts();
        LtsRelease release = session.release();
        RecipeBook recipes = session.recipes();
        KegInstall kegs = new KegInstall(session, bottles);
        kegs.fetch(plan.kegs());
        DependentCheck dependents = DependentCheck.of(release, plan.installed().values(),
                new InstalledLinkage(prefix, release, receipts));
        List<String> order = dependencyOrder(recipes, plan);
        TreeMap<Integer, PlannedKeg> queue = new TreeMap<>();
        plan.kegs().forEach(k -> queue.put(order.indexOf(k.recipe().name()), k));
        Set<String> done = new HashSet<>();
        List<Receipt> placed = new ArrayList<>();
        List<ReceiptChange> changes = new ArrayList<>();
        String what = "upgrade " + String.join(" ", plan.kegs().stream().map(k -> k.recipe().name()).toList());
        try (Journal journal = Journal.begin(prefix, receipts, what)) {
            while (!queue.isEmpty()) {
                PlannedKeg planned = queue.pollFirstEntry().getValue();
                KegInstall.Placed keg = kegs.place(planned, journal);
                done.add(planned.recipe().name());
                placed.add(keg.receipt());
                changes.addAll(keg.changes());
                if (plan.installed().containsKey(planned.recipe().name())) {
                    for (DependentCheck.Rebuild rebuild : dependents.after(keg.linkage())) {
                        int at = order.indexOf(rebuild.keg());
                        if (!done.contains(rebuild.keg()) && !queue.containsKey(at)) {
                            queue.put(at, rebuildOf(recipes, rebuild, plan.installed().get(rebuild.keg())));
                        }
                    }
                }
            }
            journal.commit(changes);
        } catch (RuntimeException e) {
            session.err().println("==> The upgrade was rolled back: every keg, link and receipt is as before");
            session.err().flush();
            throw e;
        }
        return placed;
    }

    private PlannedKeg rebuildOf(RecipeBook recipes, DependentCheck.Rebuild rebuild, Receipt installed) {
        Recipe recipe = recipes.find(rebuild.keg()).orElseThrow(() -> PortsException.failed(rebuild.keg()
                + " must be rebuilt (" + String.join("; ", rebuild.reasons()) + ") but has no recipe any more"));
        session.err().println("==> Rebuilding " + rebuild.keg() + ": " + String.join("; ", rebuild.reasons()));
        session.err().flush();
        boolean same = installed != null && recipe.version().equals(installed.version())
                && recipe.revision() == installed.revision();
        return new PlannedKeg(recipe, false, same ? PlannedKeg.Action.REINSTALL : PlannedKeg.Action.INSTALL);
    }

    /** The planned kegs and every installed keg that has a recipe, dependencies first. */
    private static List<String> dependencyOrder(RecipeBook recipes, UpgradePlan plan) {
        Set<String> names = new LinkedHashSet<>();
        plan.kegs().forEach(k -> names.add(k.recipe().name()));
        plan.installed().keySet().stream().sorted().filter(n -> recipes.find(n).isPresent()).forEach(names::add);
        return new DependencyGraph(recipes).installOrder(names).stream().map(DependencyGraph.Step::name).toList();
    }
}
