package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ltsports.ports.PortsException;

class BottleNameTest {

    @Test
    void formatsAsNameVersionReleaseAndArchitecture() {
        BottleName name = new BottleName("hello", "2.10_1", "1.0", "x86_64");

        assertEquals("hello--2.10_1.lts-1.0.x86_64.bottle.tar.gz", name.fileName());
        assertEquals("hello--2.10_1.lts-1.0.x86_64.bottle.tar.gz.json", name.sidecarFileName());
    }

    @Test
    void parsesWhatItFormatsEvenWithDashesAndDotsInTheParts() {
        for (BottleName name : new BottleName[] {
            new BottleName("hello", "2.10", "1.0", "x86_64"),
            new BottleName("gtk+3", "3.24.38_2", "2.0", "aarch64"),
            new BottleName("foo--bar", "1.0-rc1", "2024.04", "x86_64"),
            new BottleName("lib.x", "1", "1", "riscv64"),
        }) {
            assertEquals(name, BottleName.parse(name.fileName()));
        }
    }

    @Test
    void refusesFileNamesThatAreNotBottles() {
        for (String file : new String[] {
            "hello-2.10.tar.gz", "hello--2.10.x86_64.bottle.tar.gz", "--2.10.lts-1.0.x86_64.bottle.tar.gz",
            "hello--2.10.lts-1.0.bottle.tar.gz", "../x--1.lts-1.0.x86_64.bottle.tar.gz", "Hello--1.lts-1.0.x86_64.bottle.tar.gz",
        }) {
            assertThrows(PortsException.class, () -> BottleName.parse(file), file);
        }
    }

    @Test
    void refusesPartsThatWouldNotParseBack() {
        assertThrows(PortsException.class, () -> new BottleName("a", "1--2", "1.0", "x86_64"));
        assertThrows(PortsException.class, () -> new BottleName("a", "1", "1.lts-2", "x86_64"));
        assertThrows(PortsException.class, () -> new BottleName("a", "1/2", "1.0", "x86_64"));
    }

    @Test
    void mapsJavaArchitectureNamesToTheOnesDistributionsUse() {
        assertEquals("x86_64", BottleName.archOf("amd64"));
        assertEquals("x86_64", BottleName.archOf("x86_64"));
        assertEquals("aarch64", BottleName.archOf("aarch64"));
        assertEquals("aarch64", BottleName.archOf("arm64"));
        assertEquals("ppc64le", BottleName.archOf("ppc64le"));
    }
}
