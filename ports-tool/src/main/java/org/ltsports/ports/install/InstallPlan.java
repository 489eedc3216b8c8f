package org.ltsports.ports.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.DependencyGraph;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * What an install will do, dependencies first: which recipes are built or poured, and which are kept.
 * Made from the recipe graph and the receipts without touching the prefix, so {@code --dry-run}
 * shows exactly this.
 */
public record InstallPlan(List<PlannedKeg> kegs) {

    public InstallPlan {
        kegs = List.copyOf(kegs);
    }

    /**
     * @param reinstall rebuild the requested recipes even when installed at the same version
     */
    public static InstallPlan of(RecipeBook book, ReceiptDb receipts, LtsRelease release,
                                 List<String> requested, boolean reinstall) {
        List<PlannedKeg> kegs = new ArrayList<>();
        for (DependencyGraph.Step step : new DependencyGraph(book).installOrder(requested)) {
            Recipe recipe = step.recipe();
            checkBase(recipe, release);
            Optional<Receipt> installed = receipts == null ? Optional.empty() : receipts.find(recipe.name());
            boolean current = installed.isPresent()
                    && installed.get().version().equals(recipe.version())
                    && installed.get().revision() == recipe.revision();
            PlannedKeg.Action action;
            if (!current) {
                action = PlannedKeg.Action.INSTALL;
            } else if (reinstall && step.requested()) {
                action = PlannedKeg.Action.REINSTALL;
            } else {
                action = PlannedKeg.Action.KEEP;
            }
            kegs.add(new PlannedKeg(recipe, step.requested(), action));
        }
        return new InstallPlan(kegs);
    }

    /** This plan with each keg it puts in place poured where {@code bottles} has a matching bottle. */
    public InstallPlan pouring(BottleChoice bottles) {
        return new InstallPlan(kegs.stream()
                .map(k -> k.builds() ? k.pouring(bottles.choose(k.recipe()).orElse(null)) : k)
                .toList());
    }

    /** The kegs put in place (built or poured), in order. */
    public List<PlannedKeg> toBuild() {
        return kegs.stream().filter(PlannedKeg::builds).toList();
    }

    private static void checkBase(Recipe recipe, LtsRelease release) {
        for (String component : recipe.depends().base()) {
            if (!release.provides(component)) {
                throw PortsException.failed(recipe.name() + " needs '" + component + "' from the LTS release, but "
                        + release.name() + " (" + release.path() + ") does not provide it; pin a release that"
                        + " does, or add it to the release");
            }
        }
    }
}
