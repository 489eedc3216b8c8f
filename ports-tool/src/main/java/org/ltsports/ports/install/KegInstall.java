package org.ltsports.ports.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.FactsJson;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.Trees;
import org.ltsports.ports.bottle.BottlePourer;
import org.ltsports.ports.bottle.LocalBottle;
import org.ltsports.ports.fetch.SourceSpec;
import org.ltsports.ports.pin.KegLinkage;
import org.ltsports.ports.recipe.DependencyGraph;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.ports.recipe.Recipe.Patch;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.CrashPoint;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;

/**
 * Puts single kegs into the prefix as steps of a journal. Each is built from its fetched source, or
 * poured from its bottle, into a work directory under {@code var/ports/tmp}; from there both take
 * the same path: {@link KegCommit} (what it replaces set aside, one rename into the Cellar, the
 * recipe's test, the links), then its linkage facts are read. The receipt changes it returns are
 * the caller's to commit with the journal.
 */
public final class KegInstall {

    /** A keg put in place: its receipt, its linkage facts, and the receipt changes recording both. */
    public record Placed(Receipt receipt, KegFacts linkage, List<ReceiptChange> changes) {
    }

    private final PortsSession session;
    private final BottleChoice bottles;
    private final Prefix prefix;
    private final LtsRelease release;
    private final KegBuilder builder;
    private final KegCommit commit;
    private final KegLinkage linkage;
    private final Map<String, List<Path>> sources = new HashMap<>();
    private final Map<String, LocalBottle> fetchedBottles = new HashMap<>();

    /** Kegs built against the pinned release, for a session whose prefix exists and is locked for change. */
    public KegInstall(PortsSession session, BottleChoice bottles) {
        this(session, bottles, session.release());
    }

    /** Kegs built against {@code release} (a pin's rebuilds, before the prefix pins it). */
    public KegInstall(PortsSession session, BottleChoice bottles, LtsRelease release) {
        this.session = session;
        this.bottles = bottles;
        this.prefix = session.prefix();
        this.release = release;
        this.builder = new KegBuilder(prefix, release, session.err(), session.verbose());
        this.commit = new KegCommit(prefix, session.receipts(), release.name());
        this.linkage = new KegLinkage(prefix, release);
    }

    /**
     * Fetches what the kegs need before any is put in place: every source and remote patch of
     * those built (in parallel), every bottle of those poured (its sha256 checked), so that a
     * download that fails or does not verify stops the install before it changes anything.
     */
    public void fetch(List<PlannedKeg> kegs) {
        List<PlannedKeg> built = kegs.stream().filter(k -> k.builds() && !k.pours()).toList();
        List<SourceSpec> specs = new ArrayList<>();
        for (PlannedKeg planned : built) {
            Recipe recipe = planned.recipe();
            specs.add(SourceSpec.of(recipe.source().url(), recipe.source().sha256(), recipe.source().mirrors()));
            for (Patch patch : recipe.patches()) {
                if (patch.url() != null) {
                    specs.add(SourceSpec.of(patch.url(), patch.sha256(), List.of()));
                }
            }
        }
        List<Path> paths = specs.isEmpty() ? List.of() : session.fetcher().fetchAll(specs);
        int next = 0;
        for (PlannedKeg planned : built) {
            List<Path> files = new ArrayList<>();
            files.add(paths.get(next++));
            for (Patch patch : planned.recipe().patches()) {
                files.add(patch.url() != null ? paths.get(next++) : planned.recipe().patchFile(patch));
            }
            sources.put(planned.recipe().name(), files);
        }
        for (PlannedKeg planned : kegs) {
            if (planned.pours()) {
                fetchedBottles.put(planned.recipe().name(), bottles.fetch(planned.bottle()));
            }
        }
    }

    /**
     * Builds or pours one keg and puts it in place as steps of {@code journal}; what it fetches
     * was fetched by {@link #fetch} or is fetched now. A failure leaves this keg's steps for the
     * caller to roll back; the work directory is removed either way.
     */
    public Placed place(PlannedKeg planned, Journal journal) {
        Recipe recipe = planned.recipe();
        Receipt receipt = put(planned, journal);
        ReceiptChange.SetLinkage facts = linkage.record(recipe.name(), Path.of(receipt.kegPath()),
                recipe.depends().ports(), recipe.depends().base());
        return new Placed(receipt, FactsJson.kegFacts(facts.facts()), List.of(new ReceiptChange.Record(receipt), facts));
    }

    /** {@link #place} without reading the keg's linkage facts: the receipt, for the caller to commit. */
    public Receipt put(PlannedKeg planned, Journal journal) {
        Recipe recipe = planned.recipe();
        Path workDir = newWorkDir(recipe.name());
        try {
            Path staged = planned.pours() ? pour(planned, workDir) : build(planned, workDir);
            CrashPoint.reach("built");
            return commit.place(planned, staged, recipe.source().sha256(), workDir, journal);
        } catch (IOException | UncheckedIOException e) {
            throw PortsException.failed("could not install " + recipe.name() + ": " + e.getMessage(), e);
        } finally {
            Trees.delete(workDir);
        }
    }

    private Path build(PlannedKeg planned, Path workDir) throws IOException {
        Recipe recipe = planned.recipe();
        session.err().println("==> Installing " + recipe.name() + " " + recipe.versionDir()
                + " against LTS " + release.name());
        session.err().flush();
        if (!sources.containsKey(recipe.name())) {
            fetch(List.of(planned));
        }
        List<Path> files = sources.get(recipe.name());
        List<String> runtime = runtimeClosure(recipe);
        List<String> buildOnly = new DependencyGraph(session.recipes()).dependenciesOf(recipe.name(), true).stream()
                .map(Recipe::name).filter(name -> !runtime.contains(name)).toList();
        return builder.build(recipe, files.get(0), files.subList(1, files.size()), runtime, buildOnly, workDir);
    }

    /** Unpacks and relocates the bottle into the work directory: nothing outside the prefix is written. */
    private Path pour(PlannedKeg planned, Path workDir) {
        Recipe recipe = planned.recipe();
        session.err().println("==> Pouring " + planned.bottle().file());
        session.err().flush();
        LocalBottle bottle = fetchedBottles.get(recipe.name());
        if (bottle == null) {
            fetch(List.of(planned));
            bottle = fetchedBottles.get(recipe.name());
        }
        return new BottlePourer().pour(bottle, workDir.resolve("pour"), prefix.root(), session.settings().ltsRoot());
    }

    /** Every recipe {@code recipe} needs at run time, directly or through others, nearest first. */
    private List<String> runtimeClosure(Recipe recipe) {
        List<String> found = new ArrayList<>();
        Deque<Recipe> work = new ArrayDeque<>(List.of(recipe));
        while (!work.isEmpty()) {
            for (String dependency : work.removeFirst().depends().ports()) {
                if (!found.contains(dependency)) {
                    found.add(dependency);
                    work.addLast(session.recipes().require(dependency));
                }
            }
        }
        return found;
    }

    private Path newWorkDir(String name) {
        try {
            Files.createDirectories(prefix.tmp());
            return Files.createTempDirectory(prefix.tmp(), name + "-");
        } catch (IOException e) {
            throw PortsException.failed("cannot create a work directory in " + prefix.tmp() + ": " + e.getMessage(), e);
        }
    }
}
