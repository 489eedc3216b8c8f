package org.ltsports.base.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltsports.base.BaseException;
import org.ltsports.base.IntegrityException;
import org.ltsports.base.LtsManifest;

/**
 * A release that passed verification: its listing matches its manifest's tree hash and its tree
 * matches its listing. Anything else is an {@link IntegrityException} that names what changed.
 *
 * @param release the release
 * @param tree    its tree in the store
 * @param entries the number of files, links and directories checked
 */
public record Verification(String release, Path tree, int entries) {

    private static final int NAMED = 10;

    static Verification of(String release, Path link) {
        if (!Files.exists(link)) {
            throw new BaseException("no LTS release '" + release + "' at " + link);
        }
        try {
            Path tree = link.toRealPath();
            Path store = link.getParent().resolve(".store");
            if (!Files.isSymbolicLink(link) || !Files.isDirectory(store) || !tree.getParent().equals(store.toRealPath())) {
                throw new BaseException("the LTS release " + release + " at " + link + " is not in the store, so there is"
                        + " nothing to verify it against; adopt it first");
            }
            LtsManifest manifest = LtsManifest.read(tree)
                    .orElseThrow(() -> new IntegrityException(release + " has no manifest " + LtsManifest.FILE + " in " + tree));
            Path listingFile = tree.resolve(LtsStore.LISTING);
            if (!Files.isRegularFile(listingFile)) {
                throw new IntegrityException(release + " has no file listing " + listingFile);
            }
            TreeListing adopted = TreeListing.parse(Files.readString(listingFile));
            String hash = adopted.hash(tags(manifest));
            if (!hash.equals(manifest.treeHash()) || !tree.getFileName().toString().startsWith(hash.substring(0, 32))) {
                throw new IntegrityException(release + " was changed: its file listing no longer matches the tree hash "
                        + manifest.treeHash() + " it was adopted with");
            }
            TreeListing now = TreeListing.of(tree, Set.of(LtsManifest.FILE, LtsStore.LISTING));
            List<String> differences = now.differencesFrom(adopted);
            if (!differences.isEmpty()) {
                throw new IntegrityException(release + " was changed: " + String.join(", ", differences.stream().limit(NAMED).toList())
                        + (differences.size() > NAMED ? " and " + (differences.size() - NAMED) + " more" : ""));
            }
            return new Verification(release, tree, now.entries().size());
        } catch (IOException e) {
            throw new BaseException("cannot verify " + release + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> tags(LtsManifest manifest) {
        Map<String, String> tags = new LinkedHashMap<>();
        manifest.components().stream().filter(c -> c.abiTag() != null).forEach(c -> tags.put(c.name(), c.abiTag()));
        return tags;
    }
}
