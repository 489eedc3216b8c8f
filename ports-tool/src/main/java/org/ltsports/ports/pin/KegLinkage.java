package org.ltsports.ports.pin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.FactsJson;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.KegScanner;
import org.ltsports.base.abi.LibrarySearch;
import org.ltsports.base.abi.LinkageRecorder;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.receipt.ReceiptChange;

/**
 * Reads a keg's linkage facts against a release with the base adapter: every ELF file's needed
 * libraries (resolved to a base component, another keg or the host), its versioned imports, and
 * every file naming the release. Recorded with the receipt after install; read again after a rebuild.
 */
public final class KegLinkage {

    private final LtsRelease release;
    private final KegScanner scanner;

    public KegLinkage(Prefix prefix, LtsRelease release) {
        this.release = release;
        Path cellar = realPath(prefix.cellar());
        this.scanner = new KegScanner(new LinkageRecorder(release, file -> kegOwning(cellar, file), LibrarySearch.HOST_DIRS));
    }

    public KegFacts scan(String name, Path kegPath, List<String> dependencies, List<String> baseComponents) {
        return scanner.scan(name, kegPath, dependencies, baseComponents);
    }

    /** The facts as a receipt change, to be committed with the keg's receipt. */
    public ReceiptChange.SetLinkage record(String name, Path kegPath, List<String> dependencies,
                                           List<String> baseComponents) {
        KegFacts facts = scan(name, kegPath, dependencies, baseComponents);
        return new ReceiptChange.SetLinkage(name, release.name(),
                release.manifest().map(LtsManifest::treeHash).orElse(null), FactsJson.toJson(facts));
    }

    /** The keg a library file belongs to: {@code <cellar>/<name>/...}, through opt/ links too. */
    private static Optional<String> kegOwning(Path cellar, Path file) {
        Path real = realPath(file);
        if (real.startsWith(cellar) && real.getNameCount() > cellar.getNameCount()) {
            return Optional.of(real.getName(cellar.getNameCount()).toString());
        }
        return Optional.empty();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
