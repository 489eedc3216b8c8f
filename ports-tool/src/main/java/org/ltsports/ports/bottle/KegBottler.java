package org.ltsports.ports.bottle;

import java.nio.file.Path;
import java.util.Map;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsException;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.receipt.Receipt;

/**
 * Bottles installed kegs of a prefix: what the bottle records comes from the keg's receipt (name,
 * version, run-time dependencies, release) and its linkage facts (the base components it loads),
 * with the tags those components have in the pinned release's manifest.
 */
public final class KegBottler {
    private final Path prefix;
    private final Path ltsRoot;
    private final LtsRelease release;
    private final Map<String, String> releaseTags;
    private final BottleWriter writer;

    public KegBottler(Path prefix, Path ltsRoot, LtsRelease release) {
        this(prefix, ltsRoot, release, new BottleWriter());
    }

    KegBottler(Path prefix, Path ltsRoot, LtsRelease release, BottleWriter writer) {
        this.prefix = prefix;
        this.ltsRoot = ltsRoot;
        this.release = release;
        this.releaseTags = ReleaseTags.of(release);
        this.writer = writer;
    }

    /**
     * Writes the keg's bottle and sidecar into {@code outDir}.
     *
     * @param linkage the keg's linkage facts against the pinned release
     * @throws PortsException refused when the keg was built against another release than the one pinned
     */
    public LocalBottle bottle(Receipt receipt, org.ltsports.base.abi.KegFacts linkage, Path outDir) {
        if (receipt.release() != null && !receipt.release().equals(release.name())) {
            throw PortsException.refused("cannot bottle " + receipt.name() + ": it was built against lts-"
                    + receipt.release() + " and this prefix pins " + release.name() + "; reinstall it first");
        }
        Keg keg = Keg.at(Path.of(receipt.kegPath()));
        KegFacts facts = KegFacts.of(receipt.name(), receipt.version(), receipt.revision(), release.name(), prefix,
                ltsRoot, receipt.runtimeDeps(), ReleaseTags.usedBy(linkage, releaseTags));
        if (!facts.versionDir().equals(keg.versionDir())) {
            throw PortsException.failed("cannot bottle " + receipt.name() + ": its receipt says " + facts.versionDir()
                    + " but its keg is " + keg.path());
        }
        return writer.write(keg.path(), facts, outDir);
    }
}
