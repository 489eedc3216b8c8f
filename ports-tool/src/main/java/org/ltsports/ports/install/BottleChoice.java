package org.ltsports.ports.install;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.bottle.BottleEntry;
import org.ltsports.ports.bottle.BottleMatch;
import org.ltsports.ports.bottle.BottleRoot;
import org.ltsports.ports.bottle.LocalBottle;
import org.ltsports.ports.bottle.PourTarget;
import org.ltsports.ports.bottle.ReleaseTags;
import org.ltsports.ports.fetch.DownloadCache;
import org.ltsports.ports.fetch.DownloadClient;
import org.ltsports.ports.progress.ProgressBar;
import org.ltsports.ports.recipe.Recipe;

/**
 * Which kegs are poured instead of built: a recipe's bottle from {@code PORTS_BOTTLE_ROOT} when
 * one matches the pinned release (release, architecture, ABI tags, prefix length). Why a bottle of
 * the recipe's version does not match is said once on stderr; then the keg is built. A root that
 * cannot be reached is said too, and everything is built; an index that is not valid stops the
 * install (exit 4).
 */
public final class BottleChoice {
    private final PortsSession session;
    private final String location;
    private final Set<String> told = new HashSet<>();
    private BottleRoot root;
    private PourTarget target;
    private boolean unreachable;

    private BottleChoice(PortsSession session, String location) {
        this.session = session;
        this.location = location;
    }

    /** Bottles from the configured root, unless {@code buildFromSource} or no root is configured. */
    public static BottleChoice of(PortsSession session, boolean buildFromSource) {
        return new BottleChoice(session, buildFromSource ? null : session.settings().bottleRoot().orElse(null));
    }

    /** Every keg built from source. */
    public static BottleChoice none() {
        return new BottleChoice(null, null);
    }

    /** The bottle to pour for the recipe, if the root has a matching one. */
    public Optional<BottleEntry> choose(Recipe recipe) {
        if (location == null || unreachable) {
            return Optional.empty();
        }
        List<BottleEntry> candidates;
        try {
            candidates = root().entriesFor(recipe.name(), recipe.versionDir());
        } catch (PortsException e) {
            if (e.exitCode() != PortsException.FAILED) {
                throw e;
            }
            unreachable = true;
            tell("", "==> Not pouring bottles: " + e.getMessage() + "; building from source");
            return Optional.empty();
        }
        Optional<BottleMatch> match = BottleMatch.choose(candidates, target());
        if (match.isPresent() && !match.get().pourable()) {
            tell(recipe.name(), "==> Not pouring " + recipe.name() + ": " + match.get().reason());
        }
        return match.filter(BottleMatch::pourable).map(BottleMatch::entry);
    }

    /**
     * The bottle on this machine (downloaded into the cache from an HTTP root), its sha256 checked.
     *
     * @throws PortsException integrity (exit 4) when the bottle or its sidecar is not the one the index lists
     */
    public LocalBottle fetch(BottleEntry entry) {
        session.err().println("==> Fetching the bottle " + entry.file() + " from " + location);
        session.err().flush();
        LocalBottle bottle = root().fetch(entry);
        String actual = DownloadCache.sha256(bottle.tarball());
        if (!actual.equals(entry.sha256())) {
            throw PortsException.integrity("the bottle " + entry.file() + " in " + location + " is damaged or was"
                    + " tampered with: its sha256 is " + actual + ", its index says " + entry.sha256()
                    + "; nothing was poured");
        }
        return bottle;
    }

    private BottleRoot root() {
        if (root == null) {
            root = BottleRoot.open(location, session.cacheDir(), DownloadClient.standard(), ProgressBar.forStderr());
        }
        return root;
    }

    private PourTarget target() {
        if (target == null) {
            LtsRelease release = session.release();
            target = PourTarget.of(release.name(), ReleaseTags.of(release), session.settings().prefix(),
                    session.settings().ltsRoot());
        }
        return target;
    }

    private void tell(String key, String line) {
        if (told.add(key)) {
            session.err().println(line);
            session.err().flush();
        }
    }
}
