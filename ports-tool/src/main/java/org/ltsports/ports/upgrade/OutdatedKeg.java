package org.ltsports.ports.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.prefix.receipt.Receipt;

/**
 * An installed keg whose recipe is newer: a newer version, or the same version with a higher
 * revision. Versions are the keg directories' ({@code 2.10_1}).
 */
public record OutdatedKeg(String name, String installed, String current) {

    /** The outdated kegs among {@code receipts}, in their order; kegs whose recipe is gone are not. */
    public static List<OutdatedKeg> find(RecipeBook recipes, List<Receipt> receipts) {
        List<OutdatedKeg> outdated = new ArrayList<>();
        for (Receipt receipt : receipts) {
            of(receipt, recipes.find(receipt.name())).ifPresent(outdated::add);
        }
        return outdated;
    }

    /** The keg as outdated, when its recipe is newer than it. */
    public static Optional<OutdatedKeg> of(Receipt receipt, Optional<Recipe> recipe) {
        if (recipe.isEmpty() || !isNewer(recipe.get(), receipt)) {
            return Optional.empty();
        }
        String installed = receipt.revision() > 0 ? receipt.version() + "_" + receipt.revision() : receipt.version();
        return Optional.of(new OutdatedKeg(receipt.name(), installed, recipe.get().versionDir()));
    }

    static boolean isNewer(Recipe recipe, Receipt receipt) {
        int order = VersionOrder.INSTANCE.compare(recipe.version(), receipt.version());
        return order > 0 || (order == 0 && recipe.revision() > receipt.revision());
    }
}
