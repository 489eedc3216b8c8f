package org.ltsports.base.plan;

import java.util.List;

/**
 * The decision for one keg with its reasons in words.
 *
 * @param keg      the keg
 * @param decision KEEP, REPOINT or REBUILD
 * @param reasons  why ({@code bin/socat needs libssl.so.1.1, absent from 2.0}); every failed check for REBUILD
 * @param rewrites for REPOINT, the keg's files (relative) that name the old release and are to be rewritten
 */
public record KegDecision(String keg, Decision decision, List<String> reasons, List<String> rewrites) {

    public KegDecision {
        reasons = List.copyOf(reasons);
        rewrites = List.copyOf(rewrites);
    }
}
