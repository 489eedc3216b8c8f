package org.ltsports.base.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DpkgStatusTest {

    static String fixture() throws IOException {
        try (InputStream in = DpkgStatusTest.class.getResourceAsStream("/dpkg/status")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachParagraphIsAPackageWithItsVersionArchitectureAndStatus() throws IOException {
        List<DpkgStatus.Package> packages = DpkgStatus.parse(fixture());
        assertEquals(List.of("libc6", "libfoo1", "libfoo-dev", "oldpkg"), packages.stream().map(DpkgStatus.Package::name).toList());
        DpkgStatus.Package libc = packages.get(0);
        assertEquals("2.36-9+deb12u4", libc.version());
        assertEquals("amd64", libc.architecture());
        assertTrue(libc.installed());
        assertFalse(packages.get(3).installed(), "only configuration files are left of a removed package");
    }

    @Test
    void continuationLinesDoNotStartPackagesAndAMissingFinalBlankLineIsFine() {
        List<DpkgStatus.Package> packages = DpkgStatus.parse("Package: a\nDescription: x\n Package: not-a-package\n"
                + "Status: install ok installed\nVersion: 1\n\n\n\nPackage: b\nVersion: 2");
        assertEquals(List.of("a", "b"), packages.stream().map(DpkgStatus.Package::name).toList());
        assertEquals("1", packages.get(0).version());
        assertFalse(packages.get(1).installed(), "no Status field: not installed");
    }
}
