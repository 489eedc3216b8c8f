package org.ltsports.prefix.link;

import java.util.List;
import org.ltsports.prefix.Keg;

/** What linking {@code keg} would do, computed from the disk without changing it. */
public record LinkPlan(Keg keg, List<LinkAction> actions, List<Conflict> conflicts) {
    public LinkPlan {
        actions = List.copyOf(actions);
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** Every link of this keg once the plan is carried out (new and already present), relative to the root. */
    public List<String> links() {
        return actions.stream().filter(this::isLinkOfKeg).map(a -> a.path().toString()).distinct().toList();
    }

    private boolean isLinkOfKeg(LinkAction a) {
        Keg owner = null;
        if (a instanceof LinkAction.LinkFile f) {
            owner = f.keg();
        } else if (a instanceof LinkAction.LinkDir d) {
            owner = d.keg();
        } else if (a instanceof LinkAction.AlreadyLinked k) {
            owner = k.keg();
        }
        return keg.sameKegAs(owner);
    }

    /** One line for people: the first conflict, and how many more there are. */
    public String conflictMessage() {
        if (conflicts.isEmpty()) {
            return "";
        }
        String more = conflicts.size() > 1 ? " (and " + (conflicts.size() - 1) + " more conflicts)" : "";
        return "Could not link " + keg.name() + ": " + conflicts.get(0).describe() + more;
    }
}
