package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.journal.Step;
import org.ltsports.prefix.journal.StepContext;

/**
 * The symlink farm of a prefix ({@code bin sbin lib include share etc}), linked by Homebrew's
 * rules (see {@link LinkRules}) with relative links such as
 * {@code bin/hello -> ../Cellar/hello/2.10/bin/hello}. Who owns a link is read from the link.
 */
public final class Linker {
    private final Prefix prefix;
    private final LinkTargets targets;

    public Linker(Prefix prefix) {
        this.prefix = prefix;
        this.targets = new LinkTargets(prefix);
    }

    /** What linking the keg would do and what is in the way; changes nothing. */
    public LinkPlan plan(Keg keg) {
        return new LinkPlanner(prefix.root(), inPrefix(keg), targets).plan();
    }

    /**
     * Links the keg into the farm and returns all its links (relative to the root), for the receipt.
     * Links already in place are kept; a directory linked whole for another keg is split.
     *
     * @throws PrefixException refused, with nothing changed, when anything is in the way;
     *     a plain PrefixException when the disk fails (what was done is undone)
     */
    public List<String> link(Keg keg) {
        LinkPlan plan = conflictFreePlan(keg);
        try {
            Step.applyAll(new StepContext(prefix.root(), prefix.tmp()), LinkSteps.linking(plan));
        } catch (IOException | RuntimeException e) {
            throw new PrefixException("Could not link " + keg.name() + " (nothing was changed): " + e, e);
        }
        return plan.links();
    }

    /**
     * Links the keg as steps of {@code journal}, so a crash part-way is rolled back; returns all its
     * links (relative to the root) for the receipt the journal's commit records.
     *
     * @throws PrefixException refused, with nothing changed, when anything is in the way
     */
    public List<String> link(Keg keg, Journal journal) {
        LinkPlan plan = conflictFreePlan(keg);
        journal.perform(LinkSteps.linking(plan));
        return plan.links();
    }

    /** Removes the keg's farm links as steps of {@code journal}; returns the plan that was carried out. */
    public UnlinkPlan unlink(Keg keg, Journal journal) {
        UnlinkPlan plan = unlinkPlan(keg);
        journal.perform(LinkSteps.unlinking(prefix.root(), plan));
        return plan;
    }

    private LinkPlan conflictFreePlan(Keg keg) {
        LinkPlan plan = plan(keg);
        if (plan.hasConflicts()) {
            throw PrefixException.refused(plan.conflictMessage());
        }
        return plan;
    }

    /**
     * The farm links into the keg and the directories unlinking would empty; changes nothing.
     * Works for a keg whose directory is already gone (its links are then dangling).
     */
    public UnlinkPlan unlinkPlan(Keg keg) {
        Keg inPrefix = new Keg(keg.name(), keg.version(), keg.revision(), prefix.kegDir(keg.name(), keg.versionDir()));
        return new UnlinkPlanner(prefix.root(), inPrefix, targets).plan();
    }

    /** Removes the keg's farm links and the directories they leave empty; returns what was removed. */
    public List<String> unlink(Keg keg) {
        UnlinkPlan plan = unlinkPlan(keg);
        List<String> removed = new ArrayList<>();
        try {
            for (String link : plan.links()) {
                Files.deleteIfExists(prefix.root().resolve(link));
                removed.add(link);
            }
            for (String dir : plan.directories()) {
                if (removeIfEmpty(prefix.root().resolve(dir))) {
                    removed.add(dir);
                }
            }
        } catch (IOException e) {
            throw new PrefixException("Could not unlink " + keg.name() + " (removed " + removed.size()
                    + " of " + (plan.links().size() + plan.directories().size()) + "): " + e, e);
        }
        return removed;
    }

    private static boolean removeIfEmpty(Path dir) throws IOException {
        try {
            return Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            return false; // something was put there since the plan: it stays
        }
    }

    /** Links in the farm and in {@code opt/} whose target does not exist, relative to the root, sorted. */
    public List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        List<String> dirs = new ArrayList<>(LinkRules.FARM_DIRS);
        dirs.add("opt");
        for (String dir : dirs) {
            Path top = prefix.root().resolve(dir);
            if (!Files.isDirectory(top, NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.walk(top)) {
                entries.filter(Files::isSymbolicLink).filter(p -> !Files.exists(p))
                        .map(p -> prefix.root().relativize(p).toString()).forEach(broken::add);
            } catch (IOException e) {
                throw new PrefixException("Could not read " + top + ": " + e, e);
            }
        }
        broken.sort(null);
        return broken;
    }

    /** The keg as it lies in this prefix's Cellar, whatever path the caller's record carried. */
    private Keg inPrefix(Keg keg) {
        Path dir = prefix.kegDir(keg.name(), keg.versionDir());
        if (!Files.isDirectory(dir, NOFOLLOW_LINKS)) {
            throw new PrefixException("Keg " + keg + " is not in " + prefix.cellar() + " (no " + dir + ")");
        }
        return new Keg(keg.name(), keg.version(), keg.revision(), dir);
    }
}
