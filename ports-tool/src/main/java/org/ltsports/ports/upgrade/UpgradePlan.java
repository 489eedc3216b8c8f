package org.ltsports.ports.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.install.BottleChoice;
import org.ltsports.ports.install.InstallPlan;
import org.ltsports.ports.install.PlannedKeg;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * What an upgrade will do, dependencies first: the outdated kegs asked for (all of them when none
 * is named) put in place at their recipe's version, with the dependencies their new recipes add
 * or that are outdated themselves. Kegs asked for that are up to date are named, not touched.
 * Whether a dependent must be rebuilt is known only once the keg it uses is built, so it is not here.
 *
 * @param installed the receipts before the upgrade, by name
 */
public record UpgradePlan(List<PlannedKeg> kegs, List<OutdatedKeg> outdated, List<String> upToDate,
                          Map<String, Receipt> installed) {

    public UpgradePlan {
        kegs = List.copyOf(kegs);
        outdated = List.copyOf(outdated);
        upToDate = List.copyOf(upToDate);
        installed = Map.copyOf(installed);
    }

    /**
     * @param names the kegs to upgrade; empty for every outdated keg
     * @throws PortsException failed when a named keg is not installed or has no recipe
     */
    public static UpgradePlan of(RecipeBook recipes, ReceiptDb receipts, LtsRelease release, List<String> names,
                                 BottleChoice bottles) {
        Map<String, Receipt> installed = receipts.all().stream()
                .collect(Collectors.toMap(Receipt::name, Function.identity()));
        List<OutdatedKeg> outdated = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        if (names.isEmpty()) {
            outdated.addAll(OutdatedKeg.find(recipes, receipts.all()));
        }
        for (String name : names) {
            Receipt receipt = installed.get(name);
            if (receipt == null) {
                throw PortsException.failed(name + " is not installed; `ports install " + name + "` installs it");
            }
            OutdatedKeg.of(receipt, Optional.of(recipes.require(name)))
                    .ifPresentOrElse(outdated::add, () -> upToDate.add(name));
        }
        List<String> targets = outdated.stream().map(OutdatedKeg::name).toList();
        List<PlannedKeg> kegs = targets.isEmpty() ? List.of()
                : InstallPlan.of(recipes, receipts, release, targets, false).pouring(bottles).toBuild().stream()
                .map(k -> new PlannedKeg(k.recipe(), false, k.action(), k.bottle())) // KegCommit keeps on-request
                .toList();
        return new UpgradePlan(kegs, outdated, upToDate, installed);
    }

    /** "upgrade libgreet 1.0 -> 2.0: build", "install libnew 1.0 (new dependency): pour ...". */
    public String describe(PlannedKeg keg) {
        Receipt before = installed.get(keg.recipe().name());
        String name = keg.recipe().name();
        if (before == null) {
            return "install " + name + " " + keg.recipe().versionDir() + " (new dependency)" + keg.how();
        }
        String from = before.revision() > 0 ? before.version() + "_" + before.revision() : before.version();
        return "upgrade " + name + " " + from + " -> " + keg.recipe().versionDir() + keg.how();
    }
}
