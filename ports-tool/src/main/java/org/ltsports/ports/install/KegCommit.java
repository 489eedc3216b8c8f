package org.ltsports.ports.install;

import org.ltsports.ports.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * Puts a staged keg into the prefix: one rename into the Cellar, the recipe's test, the links,
 * the opt link and the receipt. If any of these fails, the prefix is put back as it was: the new
 * keg removed, a replaced keg and its links restored.
 */
final class KegCommit {

    private final Prefix prefix;
    private final ReceiptDb receipts;
    private final Linker linker;
    private final String release;
    private final PrintWriter status;

    KegCommit(Prefix prefix, ReceiptDb receipts, String release, PrintWriter status) {
        this.prefix = prefix;
        this.receipts = receipts;
        this.linker = new Linker(prefix);
        this.release = release;
        this.status = status;
    }

    Receipt commit(PlannedKeg planned, Path staged, String sourceSha256, Path workDir) throws IOException {
        Recipe recipe = planned.recipe();
        Keg keg = new Keg(recipe.name(), recipe.version(), recipe.revision(),
                prefix.kegDir(recipe.name(), recipe.versionDir()));
        Optional<Receipt> previous = receipts.find(recipe.name());
        Optional<Keg> previousKeg = previous.map(r -> Keg.at(Path.of(r.kegPath()))).filter(k -> Files.isDirectory(k.path()));
        Path aside = workDir.resolve("replaced-keg");

        previousKeg.ifPresent(linker::unlink);
        if (Files.exists(keg.path())) {
            Files.move(keg.path(), aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createDirectories(keg.path().getParent());
        Files.move(staged, keg.path(), StandardCopyOption.ATOMIC_MOVE);
        try {
            RecipeTest.run(recipe, keg.path(), workDir);
            List<String> links = recipe.kegOnly() ? List.of() : linker.link(keg);
            prefix.linkOpt(keg);
            boolean onRequest = planned.requested() || previous.map(Receipt::onRequest).orElse(false);
            Receipt receipt = new Receipt(recipe.name(), recipe.version(), recipe.revision(), keg.path().toString(),
                    onRequest, Instant.now(), release, sourceSha256, recipe.summary(),
                    recipe.depends().ports(), recipe.depends().build(), filesOf(keg.path()), links);
            receipts.record(receipt);
            previousKeg.filter(old -> !old.path().equals(keg.path())).ifPresent(old -> Trees.delete(old.path()));
            Trees.delete(aside);
            return receipt;
        } catch (RuntimeException | IOException e) {
            rollBack(keg, previousKeg, aside);
            throw e;
        }
    }

    private void rollBack(Keg keg, Optional<Keg> previousKeg, Path aside) {
        try {
            linker.unlink(keg);
            Trees.delete(keg.path());
            if (Files.exists(aside)) {
                Files.move(aside, keg.path(), StandardCopyOption.ATOMIC_MOVE);
            }
            if (previousKeg.isPresent()) {
                linker.link(previousKeg.get());
                prefix.linkOpt(previousKeg.get());
            } else {
                prefix.removeOpt(keg.name());
                Trees.deleteIfEmpty(keg.path().getParent());
            }
        } catch (IOException | RuntimeException e) {
            status.println("Warning: could not fully restore the prefix after a failed install: " + e.getMessage()
                    + "; run `ports doctor`");
        }
    }

    private static List<String> filesOf(Path keg) throws IOException {
        try (Stream<Path> all = Files.walk(keg)) {
            return all.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> keg.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
