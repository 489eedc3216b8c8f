package org.ltsports.ports.install;

import org.ltsports.ports.recipe.Recipe;

/** One recipe of an install plan and what the plan does with it. */
public record PlannedKeg(Recipe recipe, boolean requested, Action action) {

    public enum Action {
        /** Build and install: no keg of this version is installed. */
        INSTALL,
        /** Build again and replace the installed keg of the same version. */
        REINSTALL,
        /** Already installed at this version: nothing to build. */
        KEEP
    }

    public boolean builds() {
        return action != Action.KEEP;
    }

    public String describe() {
        String what = recipe.name() + " " + recipe.versionDir();
        return switch (action) {
            case INSTALL -> "install " + what + (requested ? "" : " (dependency)");
            case REINSTALL -> "reinstall " + what;
            case KEEP -> "keep " + what + " (already installed)";
        };
    }
}
