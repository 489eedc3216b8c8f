package org.ltsports.base.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseFixture;
import org.ltsports.base.elf.SymbolType;

class KegScannerTest {

    @TempDir
    Path dir;

    @Test
    void eachNeededLibraryIsTracedToTheReleaseAKegOrTheHostAndEachImportToItsLibrary() throws IOException {
        ReleaseFixture fixture = new ReleaseFixture(dir);
        fixture.library("1.0", "libfoo.so.1", "int counter = 1; int foo(void) { return 1; }\n",
                "LIB_1.0 { global: *; };\n");
        LtsRelease release = fixture.adopt("1.0", Map.of());
        fixture.build("bar", "lib/libbar.so.1", "int bar(void) { return 2; }\n", release, List.of());
        fixture.build("app", "bin/app", """
                #include <stdio.h>
                extern int counter; int foo(void); int bar(void);
                __attribute__((weak)) int absent(void);
                int main(void) { printf("%d\\n", counter + foo() + bar() + (absent ? absent() : 0)); return 0; }
                """, release, List.of("libbar.so.1", "libfoo.so.1"), "bar");
        Files.createDirectories(fixture.keg("app").resolve("share/app"));
        Files.writeString(fixture.keg("app").resolve("share/app/app.conf"), "data=" + release.path() + "/share/app\n");
        Files.createSymbolicLink(fixture.keg("app").resolve("share/app/zoneinfo"), release.path().resolve("share/zoneinfo"));

        KegFacts facts = fixture.scan("app", release, "bar");
        assertEquals(List.of("bar"), facts.dependencies());
        ElfLinkage app = facts.elfFiles().stream().filter(e -> e.path().equals("bin/app")).findFirst().orElseThrow();
        assertEquals("/lib64/ld-linux-x86-64.so.2", app.interpreter());
        assertEquals(List.of(release.path() + "/lib", dir.resolve("prefix/opt/bar/lib").toString()), app.rpath());
        Map<String, NeededLibrary> needed = app.needed().stream().collect(Collectors.toMap(NeededLibrary::soname, Function.identity()));
        assertEquals(new NeededLibrary("libbar.so.1", Provider.KEG, "bar", dir.resolve("prefix/opt/bar/lib/libbar.so.1").toString(), List.of()),
                needed.get("libbar.so.1"));
        assertEquals(Provider.BASE, needed.get("libfoo.so.1").provider());
        assertEquals("libfoo.so.1", needed.get("libfoo.so.1").from(), "without a package database a component per SONAME");
        assertEquals(List.of("LIB_1.0"), needed.get("libfoo.so.1").versions());
        assertEquals(Provider.HOST, needed.get("libc.so.6").provider(), "an overlay release runs on the host's libc");

        Map<String, ImportedSymbol> imports = app.imports().stream().collect(Collectors.toMap(ImportedSymbol::name, Function.identity()));
        assertEquals(new ImportedSymbol("foo", "LIB_1.0", "libfoo.so.1", SymbolType.FUNC, 0, false), imports.get("foo"));
        assertEquals(new ImportedSymbol("counter", "LIB_1.0", "libfoo.so.1", SymbolType.OBJECT, 4, false), imports.get("counter"));
        assertEquals("libbar.so.1", imports.get("bar").library(), "an unversioned import is traced to the library defining it");
        assertNull(imports.get("bar").version());
        assertEquals("libc.so.6", imports.get("printf").library());
        assertTrue(!imports.containsKey("absent"), "a weak import nothing defines is left out");
        assertNull(app.exports());

        ElfLinkage libbar = fixture.scan("bar", release).elfFiles().get(0);
        assertEquals("libbar.so.1", libbar.exports().soname());

        Map<String, TextReference> references = facts.textReferences().stream()
                .collect(Collectors.toMap(TextReference::path, Function.identity()));
        assertEquals(List.of(release.path() + "/lib"), references.get("bin/app").texts(), "the DT_RPATH names the release");
        assertTrue(references.get("bin/app").binary());
        assertEquals(new TextReference("share/app/app.conf", List.of(release.path() + "/share/app"), false),
                references.get("share/app/app.conf"));
        assertEquals(List.of(release.path() + "/share/zoneinfo"), references.get("share/app/zoneinfo").texts());
        assertEquals(facts, FactsJson.kegFacts(FactsJson.toJson(facts)), "a receipt reads back what it stored");
    }
}
