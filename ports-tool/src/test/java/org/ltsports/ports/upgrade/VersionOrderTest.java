package org.ltsports.ports.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    private static boolean newer(String a, String b) {
        return VersionOrder.INSTANCE.compare(a, b) > 0 && VersionOrder.INSTANCE.compare(b, a) < 0;
    }

    @Test
    void numbersCompareAsNumbersNotAsText() {
        assertTrue(newer("2.10", "2.9"));
        assertTrue(newer("1.10.0", "1.9.12"));
        assertTrue(newer("20240101", "9999"));
    }

    @Test
    void aVersionThatGoesOnIsNewerUnlessItGoesOnWithAPreRelease() {
        assertTrue(newer("1.0.1", "1.0"));
        assertTrue(newer("1.0.2a", "1.0.2"));
        assertTrue(newer("1.0", "1.0rc1"));
        assertTrue(newer("1.0", "1.0-beta2"));
        assertTrue(newer("1.0", "1.0~pre"));
        assertTrue(newer("1.0rc2", "1.0rc1"));
        assertTrue(newer("1.0.1", "1.0rc1"));
    }

    @Test
    void separatorsAndCaseDoNotMatter() {
        assertEquals(0, VersionOrder.INSTANCE.compare("1.2.3", "1-2_3"));
        assertEquals(0, VersionOrder.INSTANCE.compare("1.0RC1", "1.0rc1"));
        assertEquals(0, VersionOrder.INSTANCE.compare("01.0", "1.0"));
    }

    @Test
    void sortsAReleaseHistory() {
        List<String> shuffled = new ArrayList<>(List.of("2.10", "1.0", "2.9", "2.10rc1", "1.0.1", "2.0~beta1", "2.0"));
        shuffled.sort(VersionOrder.INSTANCE);
        assertEquals(List.of("1.0", "1.0.1", "2.0~beta1", "2.0", "2.9", "2.10rc1", "2.10"), shuffled);
    }
}
