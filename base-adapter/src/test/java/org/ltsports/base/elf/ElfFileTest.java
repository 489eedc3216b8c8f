package org.ltsports.base.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.Gcc;

class ElfFileTest {

    static final String LIBRARY = """
            int counter = 1;
            __thread long tcount;
            int foo_a(void) { return 1; }
            int foo_b(void) { return 2; }
            int hidden_helper(void) { return 3; }
            """;
    static final String VERSIONS = """
            LIB_1.0 { global: foo_a; counter; tcount; local: *; };
            LIB_2.0 { global: foo_b; } LIB_1.0;
            """;
    static final String PROGRAM = """
            extern int counter; extern __thread long tcount;
            int foo_a(void); int foo_b(void);
            __attribute__((weak)) int maybe(void);
            int main(void) { return counter + (int) tcount + foo_a() + foo_b() + (maybe ? maybe() : 0); }
            """;

    @TempDir
    Path dir;

    @Test
    void aVersionedLibraryShowsItsSonameVersionsAndExportsWithTypeAndSize() {
        ElfFile lib = ElfFile.read(Gcc.sharedLibrary(dir, "libfoo.so.1", LIBRARY, VERSIONS)).orElseThrow();
        assertEquals(ElfType.SHARED, lib.type());
        assertEquals(62, lib.machine());
        assertTrue(lib.isSharedLibrary());
        assertEquals(Optional.of("libfoo.so.1"), lib.soname());
        assertEquals(List.of("LIB_1.0", "LIB_2.0"), lib.versionsDefined());
        Map<String, ElfSymbol> exports = byName(lib.exports());
        assertEquals(List.of("counter", "foo_a", "foo_b", "tcount"), exports.keySet().stream().sorted().toList(),
                "local symbols and the version nodes' own names are not exports");
        assertEquals("foo_b@@LIB_2.0", exports.get("foo_b").versionedName());
        assertEquals(SymbolType.FUNC, exports.get("foo_a").type());
        assertEquals(SymbolType.OBJECT, exports.get("counter").type());
        assertEquals(4, exports.get("counter").size());
        assertEquals(SymbolType.TLS, exports.get("tcount").type());
        assertEquals(8, exports.get("tcount").size());
        assertEquals(SymbolBinding.GLOBAL, exports.get("foo_a").binding());
    }

    @Test
    void anExecutableShowsItsInterpreterNeedsRpathAndVersionedImports() {
        Gcc.sharedLibrary(dir, "libfoo.so.1", LIBRARY, VERSIONS);
        Path program = Gcc.executable(dir, "prog", PROGRAM, "-L" + dir, "-l:libfoo.so.1",
                "-Wl,--disable-new-dtags,-rpath," + dir + ":$ORIGIN/../lib");
        ElfFile exe = ElfFile.read(program).orElseThrow();
        assertEquals(Optional.of("/lib64/ld-linux-x86-64.so.2"), exe.interpreter());
        assertEquals(List.of("libfoo.so.1", "libc.so.6"), exe.needed());
        assertEquals(List.of(dir.toString(), "$ORIGIN/../lib"), exe.rpath());
        assertEquals(List.of(), exe.runpath());
        assertFalse(exe.isSharedLibrary(), "a PIE executable has no SONAME");
        assertFalse(exe.isStatic());
        VersionNeed foo = exe.versionNeeds().stream().filter(n -> n.library().equals("libfoo.so.1")).findFirst().orElseThrow();
        assertEquals(List.of("LIB_1.0", "LIB_2.0"), foo.versions().stream().sorted().toList());
        Map<String, ElfSymbol> imports = byName(exe.imports());
        assertEquals(Optional.of("LIB_2.0"), imports.get("foo_b").version());
        assertEquals(Optional.of("libfoo.so.1"), imports.get("foo_b").versionLibrary());
        assertFalse(imports.get("foo_b").defined());
        assertTrue(imports.get("counter").copied(), "data an executable uses is copied into it");
        assertEquals(4, imports.get("counter").size());
        assertEquals(SymbolType.TLS, imports.get("tcount").type());
        assertTrue(imports.get("maybe").isWeak());
        assertFalse(imports.get("foo_a").isWeak());
        assertTrue(imports.containsKey("__libc_start_main"));
        assertFalse(exe.exports().stream().anyMatch(s -> s.name().equals("counter")), "a copied symbol is no export");
    }

    @Test
    void copiedDataFromAnUnversionedLibraryIsStillAnImport() {
        Gcc.sharedLibrary(dir, "libplain.so.1", "int level = 7;\n", null);
        Path program = Gcc.executable(dir, "plain", "extern int level; int main(void) { return level; }\n",
                "-L" + dir, "-l:libplain.so.1");
        ElfSymbol level = byName(ElfFile.read(program).orElseThrow().imports()).get("level");
        assertTrue(level.copied() && level.defined() && level.version().isEmpty());
        assertEquals(SymbolType.OBJECT, level.type());
    }

    @Test
    void aFullyStaticBinaryHasNoDynamicSection() {
        Path program = Gcc.executable(dir, "static", "int main(void) { return 0; }\n", "-static");
        ElfFile exe = ElfFile.read(program).orElseThrow();
        assertTrue(exe.isStatic());
        assertEquals(Optional.empty(), exe.interpreter());
        assertEquals(List.of(), exe.needed());
        assertEquals(ElfType.EXECUTABLE, exe.type());
    }

    @Test
    void aStaticPieLoadsNothingEither() {
        ElfFile exe = ElfFile.read(Gcc.executable(dir, "spie", "int main(void) { return 0; }\n", "-static-pie")).orElseThrow();
        assertTrue(exe.dynamic(), "a static PIE relocates itself through its dynamic section");
        assertTrue(exe.isStatic());
        assertEquals(List.of(), exe.needed());
    }

    @Test
    void anythingThatIsNotElfIsEmpty() throws IOException {
        assertEquals(Optional.empty(), ElfFile.read(Files.writeString(dir.resolve("script.sh"), "#!/bin/sh\necho hi\n".repeat(20))));
        assertEquals(Optional.empty(), ElfFile.read(Files.write(dir.resolve("short"), new byte[] {0x7f, 'E', 'L', 'F'})));
        assertEquals(Optional.empty(), ElfFile.read(Files.createFile(dir.resolve("empty"))));
        assertEquals(Optional.empty(), ElfFile.read(dir));
        assertEquals(Optional.empty(), ElfFile.read(dir.resolve("missing")));
    }

    @Test
    void elf32IsReadToo() {
        Path object = dir.resolve("t32.o");
        Path source = dir.resolve("t32.c");
        Gcc.run(dir, List.of("sh", "-c", "printf 'int v32 = 3; int f32(void) { return v32; }\\n' > " + source));
        Gcc.run(dir, List.of("gcc", "-m32", "-fPIC", "-c", source.toString(), "-o", object.toString()));
        Gcc.run(dir, List.of("sh", "-c", "printf 'V_1 { global: f32; v32; local: *; };\\n' > v.map"));
        Gcc.run(dir, List.of("ld", "-m", "elf_i386", "-shared", "-soname", "libt32.so.1",
                "--version-script=v.map", object.toString(), "-o", "libt32.so.1"));
        ElfFile lib = ElfFile.read(dir.resolve("libt32.so.1")).orElseThrow();
        assertEquals(3, lib.machine());
        assertEquals(Optional.of("libt32.so.1"), lib.soname());
        Map<String, ElfSymbol> exports = byName(lib.exports());
        assertEquals("v32@@V_1", exports.get("v32").versionedName());
        assertEquals(4, exports.get("v32").size());
        assertEquals(SymbolType.FUNC, exports.get("f32").type());
    }

    @Test
    void theHostsOwnLsAndLibcAreRead() {
        ElfFile ls = ElfFile.read(Path.of("/bin/ls")).orElseThrow();
        assertTrue(ls.needed().contains("libc.so.6"), ls.needed().toString());
        assertTrue(ls.interpreter().orElseThrow().endsWith("ld-linux-x86-64.so.2"));
        Path libc = Path.of("/lib/x86_64-linux-gnu/libc.so.6");
        ElfFile c = ElfFile.read(libc).orElseThrow();
        assertEquals(Optional.of("libc.so.6"), c.soname());
        assertTrue(c.versionsDefined().contains("GLIBC_2.2.5"));
        assertTrue(c.exports().stream().anyMatch(s -> s.versionedName().equals("printf@@GLIBC_2.2.5")));
        assertTrue(c.exports().stream().anyMatch(s -> s.name().equals("stdout") && s.type() == SymbolType.OBJECT && s.size() == 8));
    }

    private static Map<String, ElfSymbol> byName(List<ElfSymbol> symbols) {
        return symbols.stream().collect(Collectors.toMap(ElfSymbol::name, Function.identity(), (a, b) -> a));
    }
}
