package org.ltsports.base.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.BaseException;
import org.ltsports.base.Gcc;

class TextReferencesTest {

    @TempDir
    Path dir;

    @Test
    void aBinaryNamingTheReleaseIsFoundAndRewrittenInPlaceToAPathOfTheSameLength() throws IOException {
        Path program = Gcc.executable(dir, "data", """
                #include <stdio.h>
                static const char *data = "/lts/1.0/share/data";
                static const char *other = "/lts/1.0.1/elsewhere";
                int main(void) { puts(data); return other[0] == '/' ? 0 : 1; }
                """);
        TextReferences found = TextReferences.find(program, "/lts/1.0");
        assertTrue(found.binary());
        assertEquals(List.of("/lts/1.0/share/data"), found.occurrences().stream().map(TextReferences.Occurrence::text).toList(),
                "/lts/1.0.1 is another path, not a reference to /lts/1.0");
        Object inode = Files.getAttribute(program, "unix:ino");
        assertEquals(1, TextReferences.rewriteSameLength(program, "/lts/1.0", "/lts/2.0"));
        assertEquals("/lts/2.0/share/data\n", Gcc.run(dir, List.of(program.toString())), "the program still runs");
        assertEquals(inode, Files.getAttribute(program, "unix:ino"));
        assertTrue(TextReferences.find(program, "/lts/1.0").occurrences().isEmpty());
    }

    @Test
    void aTextFileIsNotBinaryAndEachReferenceNamesItsPath() throws IOException {
        Path pc = Files.writeString(dir.resolve("foo.pc"), "prefix=/lts/1.0\nlibdir=/lts/1.0/lib:/opt/x\nCflags: -I\"/lts/1.0/include\"\n");
        TextReferences found = TextReferences.find(pc, "/lts/1.0");
        assertFalse(found.binary());
        assertEquals(List.of("/lts/1.0", "/lts/1.0/lib", "/lts/1.0/include"),
                found.occurrences().stream().map(TextReferences.Occurrence::text).toList());
        assertEquals(List.of(7L, 23L), found.occurrences().stream().limit(2).map(TextReferences.Occurrence::offset).toList());
    }

    @Test
    void aReferenceAcrossTheSearchChunkBoundaryIsFound() throws IOException {
        byte[] bytes = new byte[(1 << 20) + 100];
        Arrays.fill(bytes, (byte) 'x');
        byte[] path = "/lts/1.0/lib/libz.so.1\0".getBytes(StandardCharsets.UTF_8);
        int at = (1 << 20) - 4;
        System.arraycopy(path, 0, bytes, at, path.length);
        bytes[0] = ' ';
        Path file = Files.write(dir.resolve("big"), bytes);
        TextReferences found = TextReferences.find(file, "/lts/1.0");
        assertEquals(List.of(new TextReferences.Occurrence(at, "/lts/1.0/lib/libz.so.1")), found.occurrences());
        assertTrue(found.binary());
    }

    @Test
    void aPathOfAnotherLengthIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("conf"), "/lts/1.0/lib\n");
        assertThrows(BaseException.class, () -> TextReferences.rewriteSameLength(file, "/lts/1.0", "/lts/10.0"));
        assertEquals("/lts/1.0/lib\n", Files.readString(file));
    }
}
