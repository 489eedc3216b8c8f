package org.ltsports.ports.install;

import org.ltsports.ports.bottle.BottleEntry;
import org.ltsports.ports.recipe.Recipe;

/**
 * One recipe of an install plan and what the plan does with it: for a keg it puts in place, either
 * built from source or poured from {@code bottle} (null: built).
 */
public record PlannedKeg(Recipe recipe, boolean requested, Action action, BottleEntry bottle) {

    public enum Action {
        /** Build (or pour) and install: no keg of this version is installed. */
        INSTALL,
        /** Build (or pour) again and replace the installed keg of the same version. */
        REINSTALL,
        /** Already installed at this version: nothing to build. */
        KEEP
    }

    /** A keg that is built from source when it is put in place. */
    public PlannedKeg(Recipe recipe, boolean requested, Action action) {
        this(recipe, requested, action, null);
    }

    public boolean builds() {
        return action != Action.KEEP;
    }

    /** True when the keg is poured from a bottle instead of built. */
    public boolean pours() {
        return builds() && bottle != null;
    }

    /** The same keg, poured from {@code entry} (null: built from source). */
    public PlannedKeg pouring(BottleEntry entry) {
        return new PlannedKeg(recipe, requested, action, entry);
    }

    /** "install hello 2.10: pour hello--2.10.lts-1.0.x86_64.bottle.tar.gz", "keep ... (already installed)". */
    public String describe() {
        String what = recipe.name() + " " + recipe.versionDir();
        return switch (action) {
            case INSTALL -> "install " + what + (requested ? "" : " (dependency)") + how();
            case REINSTALL -> "reinstall " + what + how();
            case KEEP -> "keep " + what + " (already installed)";
        };
    }

    /** ": build", or ": pour" and the bottle's file. */
    public String how() {
        return pours() ? ": pour " + bottle.file() : ": build";
    }
}
