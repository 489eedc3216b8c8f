package org.ltsports.ports.pin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.base.abi.FactsJson;
import org.ltsports.base.plan.Decision;
import org.ltsports.base.plan.KegDecision;
import org.ltsports.base.plan.RebuildPlan;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.install.Installer;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.journal.Step;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;

/**
 * Carries out a pin in one journal, in dependency order: KEEP changes nothing, REPOINT rewrites
 * the files that name the old release, REBUILD builds the recipe again against the new release.
 * After each rebuild the plan is revised from the keg's new facts (early cutoff: dependents are
 * re-checked only when its exports changed). The receipts, their linkage facts and the marker's
 * pinned release are committed together at the end; any failure rolls the whole pin back.
 */
public final class PinRunner {

    /** What happened to one keg. */
    public record Outcome(String keg, Decision decision, List<String> reasons) {
    }

    private final PortsSession session;

    public PinRunner(PortsSession session) {
        this.session = session;
    }

    public List<Outcome> run(PinPlan pin, boolean wait) {
        Prefix prefix = session.prefixForChange(false, wait);
        KegLinkage linkage = new KegLinkage(prefix, pin.to());
        Repointer repointer = new Repointer(pin.fromAbi().path(), pin.toAbi().path());
        Installer installer = new Installer(session);
        RebuildPlan plan = pin.plan();
        List<ReceiptChange> changes = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        try (Journal journal = Journal.begin(prefix, session.receipts(), "base pin " + pin.to().name())) {
            for (String name : pin.plan().order()) {
                KegDecision decision = plan.decision(name);
                Receipt receipt = pin.receipts().get(name);
                session.err().println("==> " + decision.decision() + " " + name + reasons(decision));
                session.err().flush();
                if (decision.decision() == Decision.REPOINT) {
                    repointer.repoint(Path.of(receipt.kegPath()), decision.rewrites(), journal);
                } else if (decision.decision() == Decision.REBUILD) {
                    receipt = installer.rebuild(session.recipes().require(name), receipt.onRequest(), pin.to(), journal);
                }
                List<String> base = session.recipes().find(name).map(r -> r.depends().base()).orElse(List.of());
                ReceiptChange.SetLinkage facts = linkage.record(name, Path.of(receipt.kegPath()), receipt.runtimeDeps(), base);
                if (decision.decision() == Decision.REBUILD) {
                    plan = plan.afterRebuild(FactsJson.kegFacts(facts.facts()));
                }
                changes.add(new ReceiptChange.Record(withRelease(receipt, pin.to().name())));
                changes.add(facts);
                outcomes.add(new Outcome(name, decision.decision(), decision.reasons()));
            }
            journal.perform(List.of(markerChange(prefix, pin.to().name())));
            journal.commit(changes);
        } catch (IOException e) {
            throw PortsException.failed(rolledBack(pin) + e.getMessage(), e);
        } catch (PortsException e) {
            throw new PortsException(e.exitCode(), rolledBack(pin) + e.getMessage(), e);
        }
        return outcomes;
    }

    private static String rolledBack(PinPlan pin) {
        return "the pin to " + pin.to().name() + " was rolled back; the prefix still pins " + pin.from().name() + ": ";
    }

    private static String reasons(KegDecision decision) {
        return decision.reasons().isEmpty() ? "" : ": " + String.join("; ", decision.reasons());
    }

    private static Step markerChange(Prefix prefix, String release) throws IOException {
        String before = Files.readString(prefix.markerFile());
        String after = prefix.marker().withPinnedRelease(release).toText();
        return new Step.WriteFile(prefix.root().relativize(prefix.markerFile()).toString(), before, after);
    }

    private static Receipt withRelease(Receipt r, String release) {
        return new Receipt(r.name(), r.version(), r.revision(), r.kegPath(), r.onRequest(), r.installedAt(), release,
                r.sourceSha256(), r.summary(), r.runtimeDeps(), r.buildDeps(), r.files(), r.links());
    }
}
