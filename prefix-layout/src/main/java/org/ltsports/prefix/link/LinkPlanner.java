package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.link.FarmView.Entry;
import org.ltsports.prefix.link.FarmView.Kind;
import org.ltsports.prefix.link.LinkRules.Strategy;

/**
 * Walks a keg's farm directories the way keg.rb's {@code link_dir} does and records the steps and
 * conflicts in a {@link LinkPlan}. Reads the disk, never changes it.
 */
final class LinkPlanner {
    private final Path root;
    private final Keg keg;
    private final LinkTargets targets;
    private final FarmView view;
    private final List<LinkAction> actions = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    LinkPlanner(Path root, Keg keg, LinkTargets targets) {
        this.root = root;
        this.keg = keg;
        this.targets = targets;
        this.view = new FarmView(root);
    }

    LinkPlan plan() {
        for (String farmDir : LinkRules.FARM_DIRS) {
            Path source = keg.path().resolve(farmDir);
            if (Files.isDirectory(source, NOFOLLOW_LINKS) && farmDirReady(Path.of(farmDir))) {
                walk(keg, source, Path.of(farmDir));
            }
        }
        return new LinkPlan(keg, actions, conflicts);
    }

    private boolean farmDirReady(Path dir) {
        Entry entry = view.at(dir);
        if (entry.kind() == Kind.ABSENT) {
            makeDir(dir);
        } else if (entry.kind() != Kind.DIR) {
            conflict(dir, entry);
            return false;
        }
        return true;
    }

    /** Links the entries of {@code sourceDir} (a directory of {@code owner}) into the farm directory {@code dir}. */
    private void walk(Keg owner, Path sourceDir, Path dir) {
        for (Path source : children(sourceDir)) {
            Path path = dir.resolve(source.getFileName().toString());
            String farmDir = path.getName(0).toString();
            String rule = path.getName(0).relativize(path).toString();
            if (Files.isSymbolicLink(source) || Files.isRegularFile(source, NOFOLLOW_LINKS)) {
                linkFile(owner, source, path, LinkRules.strategy(farmDir, rule));
            } else if (Files.isDirectory(source, NOFOLLOW_LINKS)) {
                linkDirectory(owner, source, path, LinkRules.strategy(farmDir, rule));
            }
        }
    }

    private void linkFile(Keg owner, Path source, Path path, Strategy strategy) {
        String name = source.getFileName().toString();
        if (strategy == Strategy.SKIP_FILE || name.equals(".DS_Store") || linksToItself(source, path)
                || (strategy == Strategy.INFO && name.equals("dir"))
                || ((name.endsWith(".pyc") || name.endsWith(".pyo")) && source.toString().contains("/site-packages/"))) {
            return;
        }
        Entry entry = view.at(path);
        Path target = root.resolve(path).getParent().relativize(source);
        if (entry.kind() == Kind.LINK && targets.pointsTo(path, entry.target(), source)) {
            actions.add(new LinkAction.AlreadyLinked(path, entry.target(), owner));
        } else if (entry.kind() == Kind.ABSENT || removedStale(path, entry)) {
            actions.add(new LinkAction.LinkFile(path, target, owner));
            view.plan(path, Entry.link(target));
        } else {
            conflict(path, entry);
        }
    }

    private void linkDirectory(Keg owner, Path source, Path path, Strategy strategy) {
        Entry entry = view.at(path);
        if (entry.kind() == Kind.DIR) {
            walk(owner, source, path);
            return;
        }
        if (source.getFileName().toString().endsWith(".app") || strategy == Strategy.SKIP_DIR) {
            return;
        }
        Path target = root.resolve(path).getParent().relativize(source);
        if (entry.kind() == Kind.LINK && strategy != Strategy.MKPATH && targets.pointsTo(path, entry.target(), source)) {
            actions.add(new LinkAction.AlreadyLinked(path, entry.target(), owner));
        } else if (entry.kind() == Kind.LINK && split(path, entry)) {
            walk(owner, source, path);
        } else if (entry.kind() == Kind.ABSENT || removedStale(path, entry)) {
            if (strategy == Strategy.MKPATH) {
                makeDir(path);
                walk(owner, source, path);
            } else {
                actions.add(new LinkAction.LinkDir(path, target, owner));
                view.plan(path, Entry.link(target));
            }
        } else {
            conflict(path, entry);
        }
    }

    /** A link to a directory of some keg becomes a real directory holding links to that keg's entries. */
    private boolean split(Path path, Entry link) {
        Path resolved = targets.resolve(path, link.target());
        Optional<Keg> owner = targets.owner(resolved);
        if (owner.isEmpty() || !Files.isDirectory(resolved, NOFOLLOW_LINKS)) {
            return false;
        }
        actions.add(new LinkAction.SplitDir(path, link.target(), owner.get()));
        view.plan(path, Entry.DIR);
        walk(owner.get(), resolved, path);
        return true;
    }

    /** A dangling link into the Cellar is a leftover of a keg that is gone: plan its removal. */
    private boolean removedStale(Path path, Entry entry) {
        if (entry.kind() != Kind.LINK) {
            return false;
        }
        Path resolved = targets.resolve(path, entry.target());
        if (!LinkTargets.dangling(resolved) || targets.owner(resolved).isEmpty()) {
            return false;
        }
        actions.add(new LinkAction.RemoveStaleLink(path, entry.target()));
        view.plan(path, Entry.ABSENT);
        return true;
    }

    private boolean linksToItself(Path source, Path path) {
        try {
            return Files.isSymbolicLink(source)
                    && source.getParent().resolve(Files.readSymbolicLink(source)).normalize().equals(root.resolve(path));
        } catch (IOException e) {
            return false;
        }
    }

    private void makeDir(Path path) {
        actions.add(new LinkAction.MakeDir(path));
        view.plan(path, Entry.DIR);
    }

    private void conflict(Path path, Entry entry) {
        Optional<Keg> owner = entry.kind() == Kind.LINK
                ? targets.owner(targets.resolve(path, entry.target()))
                : Optional.empty();
        conflicts.add(new Conflict(path, root.resolve(path), owner));
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new PrefixException("Could not read " + dir + ": " + e, e);
        }
    }
}
