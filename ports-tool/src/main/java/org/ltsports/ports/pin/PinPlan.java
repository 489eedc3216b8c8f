package org.ltsports.ports.pin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.ReleaseAbi;
import org.ltsports.base.abi.ReleaseAbiReader;
import org.ltsports.base.plan.RebuildPlan;
import org.ltsports.base.plan.RebuildPlanner;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.install.InstalledLinkage;
import org.ltsports.prefix.receipt.Receipt;

/**
 * What moving the prefix's pin from one release to another would do, per keg: KEEP, REPOINT or
 * REBUILD with reasons, in dependency order. Made from the receipts' linkage facts and the two
 * releases' facts, without changing anything.
 */
public record PinPlan(LtsRelease from, LtsRelease to, ReleaseAbi fromAbi, ReleaseAbi toAbi, RebuildPlan plan,
                      Map<String, Receipt> receipts) {

    public static PinPlan of(PortsSession session, String target) {
        LtsRelease from = session.release();
        LtsRelease to = session.ltsRoot().release(target);
        if (from.name().equals(to.name())) {
            throw PortsException.refused("the prefix already pins " + target + "; nothing to do");
        }
        InstalledLinkage installed = new InstalledLinkage(session.prefix(), from, session.receipts());
        Map<String, Receipt> receipts = new TreeMap<>();
        List<KegFacts> facts = new ArrayList<>();
        for (Receipt receipt : session.receipts().all()) {
            receipts.put(receipt.name(), receipt);
            facts.add(installed.of(receipt));
        }
        ReleaseAbi fromAbi = ReleaseAbiReader.read(from);
        ReleaseAbi toAbi = ReleaseAbiReader.read(to);
        return new PinPlan(from, to, fromAbi, toAbi, RebuildPlanner.plan(fromAbi, toAbi, facts), receipts);
    }
}
