package org.ltsports.ports.upgrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.Trees;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.journal.Step;

/**
 * Removes what a {@link CleanupPlan} names. Old kegs (and racks left empty) and logs go through a
 * journal, set aside and deleted after its commit, so a crash leaves all of them or none; downloads
 * are deleted one by one, each whole (the cache may live outside the prefix, and any of them can be
 * downloaded again). What an interrupted command left in {@code var/ports/tmp} the lock's recovery
 * has already removed by the time this runs.
 */
public final class Cleaner {
    private final PortsSession session;

    public Cleaner(PortsSession session) {
        this.session = session;
    }

    public void clean(CleanupPlan plan) {
        Prefix prefix = session.prefix();
        if (!plan.oldKegs().isEmpty() || !plan.logs().isEmpty()) {
            try (Journal journal = Journal.begin(prefix, session.receipts(), "cleanup")) {
                List<Step> steps = new ArrayList<>();
                Set<Path> racks = new LinkedHashSet<>();
                for (CleanupPlan.Item keg : plan.oldKegs()) {
                    Path path = keg.path();
                    steps.add(new Step.Move(relative(prefix, path), journal.asidePath(path.getParent().getFileName()
                            + "-" + path.getFileName())));
                    racks.add(path.getParent());
                }
                racks.forEach(rack -> steps.add(new Step.RemoveDir(relative(prefix, rack))));
                for (CleanupPlan.Item log : plan.logs()) {
                    steps.add(new Step.Move(relative(prefix, log.path()), journal.asidePath("logs-"
                            + log.path().getFileName())));
                }
                journal.perform(steps);
                journal.commit(List.of());
            }
        }
        for (CleanupPlan.Item download : plan.downloads()) {
            try {
                Files.deleteIfExists(download.path());
            } catch (IOException e) {
                throw PortsException.failed("cannot remove " + download.path() + ": " + e.getMessage(), e);
            }
        }
        plan.leftovers().forEach(leftover -> Trees.delete(leftover.path()));
    }

    private static String relative(Prefix prefix, Path path) {
        return prefix.root().relativize(path.toAbsolutePath().normalize()).toString();
    }
}
