package org.ltsports.prefix.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.journal.Step;

/** Link and unlink plans as journal steps, in the order they are carried out. */
final class LinkSteps {
    private LinkSteps() {
    }

    static List<Step> linking(LinkPlan plan) {
        List<Step> steps = new ArrayList<>();
        for (LinkAction action : plan.actions()) {
            String path = action.path().toString();
            if (action instanceof LinkAction.MakeDir) {
                steps.add(new Step.MakeDir(path));
            } else if (action instanceof LinkAction.LinkFile f) {
                steps.add(new Step.Symlink(path, f.target().toString()));
            } else if (action instanceof LinkAction.LinkDir d) {
                steps.add(new Step.Symlink(path, d.target().toString()));
            } else if (action instanceof LinkAction.SplitDir s) {
                steps.add(new Step.RemoveLink(path, s.target().toString()));
                steps.add(new Step.MakeDir(path));
            } else if (action instanceof LinkAction.RemoveStaleLink r) {
                steps.add(new Step.RemoveLink(path, r.target().toString()));
            }
        }
        return steps;
    }

    /** The plan's links (their targets read now) and then the directories they leave empty. */
    static List<Step> unlinking(Path root, UnlinkPlan plan) {
        List<Step> steps = new ArrayList<>();
        for (String link : plan.links()) {
            try {
                steps.add(new Step.RemoveLink(link, Files.readSymbolicLink(root.resolve(link)).toString()));
            } catch (IOException e) {
                throw new PrefixException("Could not read the link " + root.resolve(link) + ": " + e, e);
            }
        }
        for (String dir : plan.directories()) {
            steps.add(new Step.RemoveDir(dir));
        }
        return steps;
    }
}
