package org.ltsports.prefix.link;

import java.nio.file.Path;
import org.ltsports.prefix.Keg;

/** One step of a {@link LinkPlan}. Every path is relative to the prefix root. */
public sealed interface LinkAction {
    Path path();

    /** The step in words, for {@code --dry-run}: "link bin/hello -> ../Cellar/hello/2.10/bin/hello". */
    String describe();

    /** Make a real directory. */
    record MakeDir(Path path) implements LinkAction {
        @Override
        public String describe() {
            return "make directory " + path;
        }
    }

    /** Link a file of {@code keg}: {@code path -> target}, a relative target. */
    record LinkFile(Path path, Path target, Keg keg) implements LinkAction {
        @Override
        public String describe() {
            return "link " + path + " -> " + target;
        }
    }

    /** Link a whole directory of {@code keg}: {@code path -> target}, a relative target. */
    record LinkDir(Path path, Path target, Keg keg) implements LinkAction {
        @Override
        public String describe() {
            return "link directory " + path + " -> " + target;
        }
    }

    /**
     * Replace the directory link {@code path -> target} into {@code owner} with a real directory;
     * the plan's next actions link the owner's entries into it again.
     */
    record SplitDir(Path path, Path target, Keg owner) implements LinkAction {
        @Override
        public String describe() {
            return "split " + path + " (a link into " + owner.name() + ") into a real directory";
        }
    }

    /** Remove a dangling link into the Cellar (left by a keg that is gone) before linking over it. */
    record RemoveStaleLink(Path path, Path target) implements LinkAction {
        @Override
        public String describe() {
            return "remove dangling link " + path + " -> " + target;
        }
    }

    /** Nothing to do: the link is already there, pointing at the same file of {@code keg}. */
    record AlreadyLinked(Path path, Path target, Keg keg) implements LinkAction {
        @Override
        public String describe() {
            return "keep " + path + " -> " + target + " (already linked)";
        }
    }
}
