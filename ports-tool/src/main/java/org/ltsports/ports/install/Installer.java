package org.ltsports.ports.install;

import org.ltsports.ports.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.base.LtsRelease;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.fetch.Fetcher;
import org.ltsports.ports.fetch.SourceSpec;
import org.ltsports.ports.pin.KegLinkage;
import org.ltsports.ports.recipe.DependencyGraph;
import org.ltsports.ports.recipe.Recipe.Patch;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.CrashPoint;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.receipt.ReceiptChange;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * Carries out an install plan: fetches every source the plan needs (in parallel), then builds and
 * commits each keg in dependency order. A failure stops the plan; kegs already committed stay,
 * the failing one leaves nothing behind but its logs.
 */
public final class Installer {

    private final PortsSession session;

    public Installer(PortsSession session) {
        this.session = session;
    }

    public InstallPlan plan(List<String> names, boolean reinstall) {
        ReceiptDb receipts = session.existingPrefix().isPresent() ? session.receipts() : null;
        return InstallPlan.of(session.recipes(), receipts, session.release(), names, reinstall);
    }

    /**
     * Carries out the plan in one journal: each keg is built, then put in place as journal steps;
     * one commit at the end records every receipt. A crash anywhere before it leaves the prefix as
     * it was. A failing keg is rolled back alone and the plan stops there: the kegs before it are
     * committed, as after an install of just those.
     */
    public List<Receipt> install(InstallPlan plan) {
        Prefix prefix = session.prefixForWriting();
        ReceiptDb receipts = session.receipts();
        LtsRelease release = session.release();
        List<PlannedKeg> toBuild = plan.toBuild();
        Map<PlannedKeg, List<Path>> fetched = fetchAll(toBuild);
        KegBuilder builder = new KegBuilder(prefix, release, session.err(), session.verbose());
        KegCommit commit = new KegCommit(prefix, receipts, release.name());
        KegLinkage linkage = new KegLinkage(prefix, release);
        List<Receipt> installed = new ArrayList<>();
        List<ReceiptChange> changes = new ArrayList<>();
        RuntimeException failure = null;
        try (Journal journal = Journal.begin(prefix, receipts, describe(plan))) {
            for (PlannedKeg planned : plan.kegs()) {
                Recipe recipe = planned.recipe();
                if (!planned.builds()) {
                    if (planned.requested()) {
                        changes.add(new ReceiptChange.SetOnRequest(recipe.name(), true));
                        session.err().println("==> " + recipe.name() + " " + recipe.versionDir() + " is already installed");
                    }
                    continue;
                }
                int savepoint = journal.savepoint();
                Path workDir = newWorkDir(prefix, recipe.name());
                try {
                    Receipt receipt = buildAndPlace(planned, fetched.get(planned), workDir, builder, commit, journal);
                    installed.add(receipt);
                    changes.add(new ReceiptChange.Record(receipt));
                    changes.add(linkage.record(recipe.name(), Path.of(receipt.kegPath()), recipe.depends().ports(),
                            recipe.depends().base()));
                } catch (RuntimeException e) {
                    failure = e;
                    journal.rollBackTo(savepoint);
                    break;
                } finally {
                    Trees.delete(workDir);
                }
            }
            journal.commit(changes);
        }
        for (Receipt receipt : installed) {
            session.err().println("==> " + receipt.name() + " " + Path.of(receipt.kegPath()).getFileName()
                    + " is installed in " + receipt.kegPath());
        }
        if (failure != null) {
            throw failure;
        }
        return installed;
    }

    private Receipt buildAndPlace(PlannedKeg planned, List<Path> files, Path workDir, KegBuilder builder,
                                  KegCommit commit, Journal journal) {
        Recipe recipe = planned.recipe();
        session.err().println("==> Installing " + recipe.name() + " " + recipe.versionDir()
                + " against LTS " + builder.release().name());
        session.err().flush();
        try {
            List<String> runtime = runtimeClosure(recipe);
            List<String> buildOnly = new DependencyGraph(session.recipes()).dependenciesOf(recipe.name(), true).stream()
                    .map(Recipe::name).filter(name -> !runtime.contains(name)).toList();
            Path staged = builder.build(recipe, files.get(0), files.subList(1, files.size()), runtime, buildOnly, workDir);
            CrashPoint.reach("built");
            return commit.place(planned, staged, recipe.source().sha256(), workDir, journal);
        } catch (IOException | UncheckedIOException e) {
            throw PortsException.failed("could not install " + recipe.name() + ": " + e.getMessage(), e);
        }
    }

    private static String describe(InstallPlan plan) {
        return "install " + String.join(" ", plan.toBuild().stream().map(k -> k.recipe().name()).toList());
    }

    /** Every source and remote patch of the plan, fetched in parallel; local patches resolved. */
    private Map<PlannedKeg, List<Path>> fetchAll(List<PlannedKeg> toBuild) {
        List<SourceSpec> specs = new ArrayList<>();
        for (PlannedKeg planned : toBuild) {
            Recipe recipe = planned.recipe();
            specs.add(SourceSpec.of(recipe.source().url(), recipe.source().sha256(), recipe.source().mirrors()));
            for (Patch patch : recipe.patches()) {
                if (patch.url() != null) {
                    specs.add(SourceSpec.of(patch.url(), patch.sha256(), List.of()));
                }
            }
        }
        List<Path> paths = specs.isEmpty() ? List.of() : session.fetcher().fetchAll(specs);
        Map<PlannedKeg, List<Path>> result = new LinkedHashMap<>();
        int next = 0;
        for (PlannedKeg planned : toBuild) {
            List<Path> files = new ArrayList<>();
            files.add(paths.get(next++));
            for (Patch patch : planned.recipe().patches()) {
                files.add(patch.url() != null ? paths.get(next++) : planned.recipe().patchFile(patch));
            }
            result.put(planned, files);
        }
        return result;
    }

    /** Every recipe {@code recipe} needs at run time, directly or through others, nearest first. */
    private List<String> runtimeClosure(Recipe recipe) {
        List<String> found = new ArrayList<>();
        java.util.Deque<Recipe> work = new java.util.ArrayDeque<>(List.of(recipe));
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

    private static Path newWorkDir(Prefix prefix, String name) {
        try {
            Files.createDirectories(prefix.tmp());
            return Files.createTempDirectory(prefix.tmp(), name + "-");
        } catch (IOException e) {
            throw PortsException.failed("cannot create a work directory in " + prefix.tmp() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds {@code recipe} again against {@code release} and puts it in place as steps of
     * {@code journal}, replacing its keg (a pin's rebuild). The receipt it returns is not yet
     * committed: the caller commits it with the journal.
     */
    public Receipt rebuild(Recipe recipe, boolean onRequest, LtsRelease release, Journal journal) {
        Prefix prefix = session.prefix();
        PlannedKeg planned = new PlannedKeg(recipe, onRequest, PlannedKeg.Action.REINSTALL);
        Map<PlannedKeg, List<Path>> fetched = fetchAll(List.of(planned));
        Path workDir = newWorkDir(prefix, recipe.name());
        try {
            return buildAndPlace(planned, fetched.get(planned), workDir,
                    new KegBuilder(prefix, release, session.err(), session.verbose()),
                    new KegCommit(prefix, session.receipts(), release.name()), journal);
        } finally {
            Trees.delete(workDir);
        }
    }
}
