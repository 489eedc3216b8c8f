package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BottleMatchTest {
    private static final String SHA = "0".repeat(64);
    private static final Path PREFIX = Path.of("/home/u/.ports");
    private static final Path LTS = Path.of("/lts");

    private static BottleEntry entry(String release, String arch, Map<String, String> tags, boolean prefixEmbedded) {
        return new BottleEntry("demo", "1.0", release, arch, new BottleName("demo", "1.0", release, arch).fileName(),
                SHA, SHA, new TreeMap<>(tags), PREFIX.toString(), prefixEmbedded, LTS.toString(), false);
    }

    private static PourTarget target(String release, Map<String, String> tags, Path prefix) {
        return new PourTarget(release, new TreeMap<>(tags), "x86_64", prefix, LTS);
    }

    @Test
    void aBottleForThePinnedReleaseArchitectureAndTagsPours() {
        BottleMatch match = BottleMatch.check(entry("1.0", "x86_64", Map.of("libc", "glibc-2.36"), true),
                target("1.0", Map.of("libc", "glibc-2.36", "zlib", "1"), PREFIX));

        assertTrue(match.pourable(), match.reason());
    }

    @Test
    void aBottleForAnotherReleaseIsNotPouredAndSaysWhy() {
        BottleMatch match = BottleMatch.check(entry("1.0", "x86_64", Map.of(), false), target("2.0", Map.of(), PREFIX));

        assertFalse(match.pourable());
        assertEquals("built for lts-1.0; this prefix pins 2.0", match.reason());
    }

    @Test
    void aBottleForAnotherArchitectureIsNotPoured() {
        BottleMatch match = BottleMatch.check(entry("1.0", "aarch64", Map.of(), false), target("1.0", Map.of(), PREFIX));

        assertEquals("built for aarch64; this machine is x86_64", match.reason());
    }

    @Test
    void aChangedOrMissingAbiTagIsNamed() {
        BottleEntry entry = entry("1.0", "x86_64", Map.of("libc", "glibc-2.36"), false);

        assertEquals("built against libc ABI glibc-2.36; lts-1.0 now has glibc-2.41",
                BottleMatch.check(entry, target("1.0", Map.of("libc", "glibc-2.41"), PREFIX)).reason());
        assertEquals("built against libc (ABI glibc-2.36); lts-1.0 no longer has libc",
                BottleMatch.check(entry, target("1.0", Map.of(), PREFIX)).reason());
    }

    @Test
    void aLongerPrefixMattersOnlyWhenABinaryHasThePathCompiledIn() {
        Path longer = Path.of("/home/someone/.ports");

        assertEquals("built in a prefix of 14 characters; this prefix has 20: build from source",
                BottleMatch.check(entry("1.0", "x86_64", Map.of(), true), target("1.0", Map.of(), longer)).reason());
        assertTrue(BottleMatch.check(entry("1.0", "x86_64", Map.of(), false), target("1.0", Map.of(), longer)).pourable());
        assertTrue(BottleMatch.check(entry("1.0", "x86_64", Map.of(), true), target("1.0", Map.of(), Path.of("/p"))).pourable());
    }

    @Test
    void choosingPrefersAPourableBottleElseGivesTheFirstReason() {
        BottleEntry old = entry("1.0", "x86_64", Map.of(), false);
        BottleEntry current = entry("2.0", "x86_64", Map.of(), false);

        assertEquals(current, BottleMatch.choose(List.of(old, current), target("2.0", Map.of(), PREFIX)).orElseThrow().entry());
        assertEquals("built for lts-1.0; this prefix pins 3.0",
                BottleMatch.choose(List.of(old, current), target("3.0", Map.of(), PREFIX)).orElseThrow().reason());
        assertTrue(BottleMatch.choose(List.of(), target("3.0", Map.of(), PREFIX)).isEmpty());
    }
}
