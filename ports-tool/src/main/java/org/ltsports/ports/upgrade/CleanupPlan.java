package org.ltsports.ports.upgrade;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.fetch.DownloadCache;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.lock.LockHolder;
import org.ltsports.prefix.lock.PrefixLock;
import org.ltsports.prefix.receipt.Receipt;

/**
 * What {@code ports cleanup} removes: kegs in the Cellar no receipt names (and no opt link points
 * to), downloads in the cache whose sha256 no recipe names any more (sources, patches, bottles of
 * old versions), the build logs of kegs that are not installed, and what an interrupted command
 * left in {@code var/ports/tmp} when no writer holds the lock. Found without changing anything.
 */
public record CleanupPlan(List<Item> oldKegs, List<Item> downloads, List<Item> logs, List<Item> leftovers) {

    /** One path to remove and its size in bytes. */
    public record Item(Path path, long bytes) {
    }

    public CleanupPlan {
        oldKegs = List.copyOf(oldKegs);
        downloads = List.copyOf(downloads);
        logs = List.copyOf(logs);
        leftovers = List.copyOf(leftovers);
    }

    public static CleanupPlan find(PortsSession session) {
        Prefix prefix = session.prefix();
        List<Receipt> receipts = session.receipts().all();
        return new CleanupPlan(oldKegs(prefix, receipts), downloads(session), logs(prefix, receipts), leftovers(prefix));
    }

    public List<Item> all() {
        List<Item> all = new ArrayList<>(oldKegs);
        all.addAll(downloads);
        all.addAll(logs);
        all.addAll(leftovers);
        return all;
    }

    public long bytes() {
        return all().stream().mapToLong(Item::bytes).sum();
    }

    private static List<Item> oldKegs(Prefix prefix, List<Receipt> receipts) {
        Set<Path> current = new HashSet<>();
        receipts.forEach(r -> current.add(Path.of(r.kegPath()).toAbsolutePath().normalize()));
        List<Item> old = new ArrayList<>();
        for (Path rack : children(prefix.cellar())) {
            Path inUse = optTarget(prefix, rack.getFileName().toString());
            for (Path keg : children(rack)) {
                if (Files.isDirectory(keg, NOFOLLOW_LINKS) && !current.contains(keg) && !realPath(keg).equals(inUse)) {
                    old.add(item(keg));
                }
            }
        }
        return old;
    }

    private static List<Item> downloads(PortsSession session) {
        Set<String> named = new HashSet<>();
        for (Recipe recipe : session.recipes().all()) {
            named.add(recipe.source().sha256());
            recipe.patches().stream().filter(p -> p.sha256() != null).forEach(p -> named.add(p.sha256()));
        }
        return new DownloadCache(session.cacheDir()).entries().stream()
                .filter(file -> !named.contains(file.getFileName().toString().substring(0, 64)))
                .map(CleanupPlan::item).toList();
    }

    private static List<Item> logs(Prefix prefix, List<Receipt> receipts) {
        Set<String> installed = new HashSet<>();
        receipts.forEach(r -> installed.add(r.name()));
        return children(prefix.portsVar().resolve("logs")).stream()
                .filter(dir -> !installed.contains(dir.getFileName().toString()))
                .map(CleanupPlan::item).toList();
    }

    /** Nothing while a live writer holds the lock: its work is in there. */
    private static List<Item> leftovers(Prefix prefix) {
        if (PrefixLock.holder(prefix.lockFile()).filter(LockHolder::alive).isPresent()) {
            return List.of();
        }
        return children(prefix.tmp()).stream().map(CleanupPlan::item).toList();
    }

    private static Path optTarget(Prefix prefix, String name) {
        return Files.exists(prefix.opt(name)) ? realPath(prefix.opt(name)) : null;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir, NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static Item item(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            return new Item(path, all.filter(p -> Files.isRegularFile(p, NOFOLLOW_LINKS)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum());
        } catch (IOException e) {
            return new Item(path, 0);
        }
    }
}
