package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.PrefixException;

/**
 * Finds every farm link that points into a keg, whole-directory links included, by walking the
 * farm (not the keg), so links to files the keg no longer has are found too. A directory is
 * removed only when the keg's links were all it held; the farm directories themselves stay.
 */
final class UnlinkPlanner {
    private final Path root;
    private final Keg keg;
    private final LinkTargets targets;
    private final List<String> links = new ArrayList<>();
    private final List<String> directories = new ArrayList<>();

    UnlinkPlanner(Path root, Keg keg, LinkTargets targets) {
        this.root = root;
        this.keg = keg;
        this.targets = targets;
    }

    UnlinkPlan plan() {
        for (String farmDir : LinkRules.FARM_DIRS) {
            Path dir = root.resolve(farmDir);
            if (Files.isDirectory(dir, NOFOLLOW_LINKS)) {
                emptiedBy(dir);
            }
        }
        return new UnlinkPlan(keg, links, directories);
    }

    /** Plans the removals under {@code dir}; true when they would leave it empty. */
    private boolean emptiedBy(Path dir) {
        List<Path> children = children(dir);
        int removed = 0;
        for (Path child : children) {
            Path relative = root.relativize(child);
            if (Files.isSymbolicLink(child) && ownedByKeg(relative, child)) {
                links.add(relative.toString());
                removed++;
            } else if (Files.isDirectory(child, NOFOLLOW_LINKS) && emptiedBy(child)) {
                directories.add(relative.toString());
                removed++;
            }
        }
        return removed > 0 && removed == children.size();
    }

    private boolean ownedByKeg(Path relative, Path link) {
        try {
            return targets.owner(targets.resolve(relative, Files.readSymbolicLink(link)))
                    .filter(keg::sameKegAs).isPresent();
        } catch (IOException e) {
            throw new PrefixException("Could not read the link " + link + ": " + e, e);
        }
    }

    static List<Path> children(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new PrefixException("Could not read " + dir + ": " + e, e);
        }
    }
}
