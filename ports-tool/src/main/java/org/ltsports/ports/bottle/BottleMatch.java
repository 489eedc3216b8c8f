package org.ltsports.ports.bottle;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a bottle may be poured on a prefix: built for the release the prefix pins, for this
 * architecture, against the ABI tag each base component has now in that release, and (when
 * binaries have the build's paths compiled in) into a prefix whose path is not longer.
 * Otherwise the reason, in words, for the user to see before the build from source starts.
 */
public record BottleMatch(BottleEntry entry, boolean pourable, String reason) {

    /** Checks one bottle against the target. */
    public static BottleMatch check(BottleEntry entry, PourTarget target) {
        return mismatch(entry, target)
                .map(reason -> new BottleMatch(entry, false, reason))
                .orElseGet(() -> new BottleMatch(entry, true, "built for lts-" + entry.release() + ", "
                        + entry.arch() + ", with the ABI tags this release has"));
    }

    /**
     * The first pourable bottle among {@code candidates} (for example, a root's bottles of one
     * name and version), else the first one's reason for not being pourable; empty when there are none.
     */
    public static Optional<BottleMatch> choose(List<BottleEntry> candidates, PourTarget target) {
        List<BottleMatch> matches = candidates.stream().map(entry -> check(entry, target)).toList();
        return matches.stream().filter(BottleMatch::pourable).findFirst().or(() -> matches.stream().findFirst());
    }

    private static Optional<String> mismatch(BottleEntry entry, PourTarget target) {
        if (!entry.release().equals(target.release())) {
            return Optional.of("built for lts-" + entry.release() + "; this prefix pins " + target.release());
        }
        if (!entry.arch().equals(target.arch())) {
            return Optional.of("built for " + entry.arch() + "; this machine is " + target.arch());
        }
        for (Map.Entry<String, String> tag : entry.abiTags().entrySet()) {
            String now = target.abiTags().get(tag.getKey());
            if (now == null) {
                return Optional.of("built against " + tag.getKey() + " (ABI " + tag.getValue() + "); lts-"
                        + target.release() + " no longer has " + tag.getKey());
            }
            if (!now.equals(tag.getValue())) {
                return Optional.of("built against " + tag.getKey() + " ABI " + tag.getValue() + "; lts-"
                        + target.release() + " now has " + now);
            }
        }
        return EmbeddedLengths.check(entry.prefix(), entry.prefixEmbedded(), target.prefix().toString(),
                entry.ltsRoot(), entry.ltsRootEmbedded(), target.ltsRoot().toString());
    }
}
