package org.ltsports.ports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.base.plan.Decision;
import org.ltsports.base.plan.KegDecision;
import org.ltsports.ports.pin.PinPlan;

/** A pin plan for people (per keg, with reasons, and a count) and for scripts (--json). */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static void print(PrintWriter out, PinPlan pin, boolean json) {
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("from", pin.from().name());
            map.put("to", pin.to().name());
            map.put("kegs", pin.plan().order().stream().map(k -> pin.plan().decision(k)).map(d -> Map.of(
                    "keg", d.keg(), "decision", d.decision().name(), "reasons", d.reasons(), "rewrites", d.rewrites()))
                    .toList());
            out.println(Json.write(map));
            return;
        }
        out.println("Pin " + pin.from().name() + " -> " + pin.to().name() + ": " + pin.plan().order().size() + " kegs, "
                + count(pin, Decision.KEEP) + " kept, " + count(pin, Decision.REPOINT) + " re-pointed, "
                + count(pin, Decision.REBUILD) + " rebuilt");
        for (String keg : pin.plan().order()) {
            KegDecision d = pin.plan().decision(keg);
            out.println(String.format("  %-8s %s%s", d.decision(), keg,
                    d.decision() == Decision.REPOINT ? " (" + d.rewrites().size() + " files to rewrite)" : ""));
            for (String reason : d.reasons()) {
                out.println("           " + reason);
            }
        }
    }

    private static long count(PinPlan pin, Decision decision) {
        List<String> kegs = pin.plan().kegs(decision);
        return kegs.size();
    }
}
