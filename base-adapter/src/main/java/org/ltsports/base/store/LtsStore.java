package org.ltsports.base.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ltsports.base.BaseException;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRoot;

/**
 * The LTS store: immutable release trees under {@code <root>/.store/<hash>-lts-<release>}, each
 * release's current generation at {@code <root>/<release>} (a link swapped atomically), earlier ones
 * under {@code <root>/.generations/<release>/<n>}. One writer at a time ({@code .store/.lock}).
 */
public final class LtsStore {

    static final String LISTING = "lts-files";
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._+-]*";

    private final LtsRoot root;
    private final Path store;

    public LtsStore(LtsRoot root) {
        this.root = root;
        this.store = root.path().resolve(".store");
    }

    /**
     * Imports a root tree as the new generation of {@code release}: copied with links made relative,
     * hashed, surveyed for the manifest, made read-only, then swapped in. An identical tree (same
     * files, links and ABI tags) as the current generation changes nothing.
     *
     * @param abiTags ABI tags by component name, for changes ELF cannot show
     */
    @SuppressWarnings("try")
    public AdoptResult adopt(Path tree, String release, Map<String, String> abiTags) {
        checkName(release);
        if (!Files.isDirectory(tree)) {
            throw new BaseException("cannot adopt " + tree + ": not a directory");
        }
        Path link = root.path().resolve(release);
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new BaseException(link + " is a directory, not a link into the store; move it away to adopt "
                    + release + " into the store");
        }
        try (StoreLock lock = StoreLock.take(store)) {
            Path incoming = store.resolve(".adopt-" + UUID.randomUUID());
            try {
                List<String> skipped = TreeImport.copy(tree, incoming);
                Files.deleteIfExists(incoming.resolve(LtsManifest.FILE));
                Files.deleteIfExists(incoming.resolve(LISTING));
                TreeListing listing = TreeListing.of(incoming, Set.of());
                String hash = listing.hash(abiTags);
                Path target = store.resolve(hash.substring(0, 32) + "-lts-" + release);
                Generations generations = new Generations(root.path(), release);
                List<Generation> existing = generations.list();
                if (!existing.isEmpty() && existing.get(existing.size() - 1).tree().equals(target)
                        && target.equals(currentTarget(link))) {
                    return new AdoptResult(existing.get(existing.size() - 1), hash, false, skipped);
                }
                int number = generations.next();
                if (!Files.exists(target)) {
                    ReleaseSurvey.survey(incoming, release, number, hash, abiTags).write(incoming);
                    Files.writeString(incoming.resolve(LISTING), listing.text());
                    ReadOnly.lock(incoming);
                    Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                }
                Generation generation = generations.add(number, target);
                swap(release, target);
                return new AdoptResult(generation, hash, true, skipped);
            } finally {
                ReadOnly.delete(incoming);
            }
        } catch (IOException e) {
            throw new BaseException("cannot adopt " + tree + " as " + release + ": " + e.getMessage(), e);
        }
    }

    /** The releases present, in version order. */
    public List<String> releases() {
        return root.releases();
    }

    /** The generations of a release, oldest first; the last is current. */
    public List<Generation> generations(String release) {
        checkName(release);
        return new Generations(root.path(), release).list();
    }

    /** Makes the generation before the current one current again and forgets the current one. */
    @SuppressWarnings("try")
    public Generation rollback(String release) {
        checkName(release);
        try (StoreLock lock = StoreLock.take(store)) {
            Generations generations = new Generations(root.path(), release);
            List<Generation> all = generations.list();
            if (all.size() < 2) {
                throw new BaseException("cannot roll " + release + " back: it has "
                        + (all.isEmpty() ? "no generation in the store" : "only one generation"));
            }
            Generation previous = all.get(all.size() - 2);
            swap(release, previous.tree());
            generations.remove(all.get(all.size() - 1));
            return new Generation(release, previous.number(), previous.tree(), true);
        } catch (IOException e) {
            throw new BaseException("cannot roll " + release + " back: " + e.getMessage(), e);
        }
    }

    /** Checks every file, link and directory of the release against its listing and manifest. */
    public Verification verify(String release) {
        checkName(release);
        return Verification.of(release, root.path().resolve(release));
    }

    private void swap(String release, Path target) throws IOException {
        Path swap = root.path().resolve("." + release + ".swap-" + UUID.randomUUID());
        Files.createSymbolicLink(swap, Path.of(".store").resolve(target.getFileName()));
        Files.move(swap, root.path().resolve(release), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path currentTarget(Path link) throws IOException {
        return Files.isSymbolicLink(link) ? root.path().resolve(Files.readSymbolicLink(link)).normalize() : null;
    }

    private static void checkName(String release) {
        if (release == null || !release.matches(NAME)) {
            throw new BaseException("'" + release + "' is not a release name (letters, digits, '.', '_', '+', '-')");
        }
    }
}
