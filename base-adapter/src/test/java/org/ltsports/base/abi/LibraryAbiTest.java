package org.ltsports.base.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.Gcc;
import org.ltsports.base.elf.ElfFile;

class LibraryAbiTest {

    @TempDir
    Path dir;

    private String fingerprint(String name, String source, String versions) {
        Path lib = Gcc.sharedLibrary(dir.resolve(name), "libfp.so.1", source, versions);
        return LibraryAbi.of(ElfFile.read(lib).orElseThrow()).fingerprint();
    }

    @Test
    void anotherBodyForTheSameFunctionsAndDataKeepsTheFingerprint() {
        String one = fingerprint("a", "int table[2]; int f(void) { return 1; }\n", null);
        String other = fingerprint("b", "int table[2]; int f(void) { int s = 0; for (int i = 0; i < 9; i++) s += i * table[i % 2]; return s; }\n", null);
        assertEquals(one, other, "a function's size is no part of the interface");
    }

    @Test
    void aGrownDataObjectAnAddedSymbolAndANewVersionEachChangeIt() {
        String base = fingerprint("a", "int table[2]; int f(void) { return 1; }\n", null);
        assertNotEquals(base, fingerprint("b", "int table[3]; int f(void) { return 1; }\n", null));
        assertNotEquals(base, fingerprint("c", "int table[2]; int f(void) { return 1; } int g(void) { return 2; }\n", null));
        assertNotEquals(base, fingerprint("d", "int table[2]; int f(void) { return 1; }\n", "V_1 { global: *; };\n"));
    }

    @Test
    void theInterfaceListsVersionsAndExportsWithTypeAndSize() {
        Path lib = Gcc.sharedLibrary(dir, "libv.so.1", "long big[4]; int f(void) { return 1; }\n",
                "V_1 { global: f; local: *; }; V_2 { global: big; } V_1;\n");
        LibraryAbi abi = LibraryAbi.of(ElfFile.read(lib).orElseThrow());
        assertEquals("libv.so.1", abi.soname());
        assertEquals(java.util.List.of("V_1", "V_2"), abi.versions());
        ExportedSymbol big = abi.exports().stream().filter(s -> s.name().equals("big")).findFirst().orElseThrow();
        assertEquals("big@V_2", big.key());
        assertEquals(32, big.size());
        assertEquals("big@@V_2 OBJECT 32", big.fingerprintLine());
    }
}
