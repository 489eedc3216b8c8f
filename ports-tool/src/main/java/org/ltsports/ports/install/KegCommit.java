package org.ltsports.ports.install;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.journal.Step;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * Puts a staged keg into the prefix as steps of the install's journal: the keg it replaces
 * unlinked and set aside, one rename into the Cellar (from the journal's scratch directory, where a
 * roll-back also puts it back), the recipe's test, the links and the opt link. The receipt it returns is recorded by the journal's commit; until then a failure or a
 * crash undoes all of it, and after it the set-aside keg is deleted.
 */
final class KegCommit {

    private final Prefix prefix;
    private final ReceiptDb receipts;
    private final Linker linker;
    private final String release;

    KegCommit(Prefix prefix, ReceiptDb receipts, String release) {
        this.prefix = prefix;
        this.receipts = receipts;
        this.linker = new Linker(prefix);
        this.release = release;
    }

    Receipt place(PlannedKeg planned, Path staged, String sourceSha256, Path workDir, Journal journal)
            throws IOException {
        Recipe recipe = planned.recipe();
        Keg keg = prefix.keg(recipe.name(), recipe.version(), recipe.revision());
        Optional<Receipt> previous = receipts.find(recipe.name());
        Optional<Keg> previousKeg = previous.map(r -> Keg.at(Path.of(r.kegPath())))
                .filter(k -> Files.isDirectory(k.path(), NOFOLLOW_LINKS));

        previousKeg.ifPresent(old -> linker.unlink(old, journal));
        List<Step> steps = new ArrayList<>();
        if (previousKeg.isPresent() && !previousKeg.get().path().equals(keg.path())) {
            steps.add(setAside(previousKeg.get().path(), journal));
        }
        if (Files.exists(keg.path(), NOFOLLOW_LINKS)) {
            steps.add(setAside(keg.path(), journal));
        }
        if (!Files.isDirectory(keg.path().getParent(), NOFOLLOW_LINKS)) {
            steps.add(new Step.MakeDir(relative(keg.path().getParent())));
        }
        String incoming = journal.asidePath("new-" + keg.name() + "-" + keg.versionDir());
        Files.move(staged, prefix.root().resolve(incoming), StandardCopyOption.ATOMIC_MOVE); // tmp to tmp
        steps.add(new Step.Move(incoming, relative(keg.path())));
        journal.perform(steps);

        RecipeTest.run(recipe, keg.path(), workDir);
        List<String> links = recipe.kegOnly() ? List.of() : linker.link(keg, journal);
        journal.perform(optLink(keg));
        boolean onRequest = planned.requested() || previous.map(Receipt::onRequest).orElse(false);
        return new Receipt(recipe.name(), recipe.version(), recipe.revision(), keg.path().toString(),
                onRequest, Instant.now(), release, sourceSha256, recipe.summary(),
                recipe.depends().ports(), recipe.depends().build(), filesOf(keg.path()), links);
    }

    private Step setAside(Path kegDir, Journal journal) {
        return new Step.Move(relative(kegDir), journal.asidePath(kegDir.getParent().getFileName() + "-"
                + kegDir.getFileName()));
    }

    /** {@code opt/<name>}: made, or pointed from the keg it replaces to the new one in one rename. */
    private List<Step> optLink(Keg keg) throws IOException {
        Path opt = prefix.opt(keg.name());
        String target = Path.of("..", "Cellar", keg.name(), keg.versionDir()).toString();
        if (!Files.exists(opt, NOFOLLOW_LINKS)) {
            return List.of(new Step.Symlink(relative(opt), target));
        }
        if (!Files.isSymbolicLink(opt)) {
            throw PortsException.refused("cannot link " + opt + ": it exists and is not a link; remove it first");
        }
        String current = Files.readSymbolicLink(opt).toString();
        return current.equals(target) ? List.of() : List.of(new Step.ReplaceLink(relative(opt), current, target));
    }

    private String relative(Path path) {
        return prefix.root().relativize(path.toAbsolutePath().normalize()).toString();
    }

    private static List<String> filesOf(Path keg) throws IOException {
        try (Stream<Path> all = Files.walk(keg)) {
            return all.filter(p -> !Files.isDirectory(p, NOFOLLOW_LINKS))
                    .map(p -> keg.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
