package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

class EmbeddedPathsTest {
    private static final byte[] OLD = bytes("/tmp/old-prefix");
    private static final byte[] NEW = bytes("/tmp/new");

    @TempDir
    Path temp;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof String s ? bytes(s) : (byte[]) part);
        }
        return out.toByteArray();
    }

    @Test
    void findsWholePathsOnlyIncludingOneThatEndsTheFile() throws Exception {
        Path file = Files.write(temp.resolve("bin"),
                concat("\0\0/tmp/old-prefix/share\0/tmp/old-prefix2\0x/tmp/old-prefix"));

        assertEquals(List.of(2L, 42L), EmbeddedPaths.find(file, OLD));
    }

    @Test
    void findsAPathThatStraddlesTheReadChunks() throws Exception {
        byte[] padding = new byte[(1 << 20) - 5];
        Path file = Files.write(temp.resolve("big"), concat(padding, "/tmp/old-prefix/lib\0", padding, "/tmp/old-prefix"));

        assertEquals(List.of((long) padding.length, (long) padding.length * 2 + 20), EmbeddedPaths.find(file, OLD));
    }

    @Test
    void rewritesEachCStringWithTheSuffixKeptAndNulPadding() throws Exception {
        Path file = Files.write(temp.resolve("bin"),
                concat("ab\0/tmp/old-prefix/share/locale\0/tmp/old-prefix/a:/tmp/old-prefix/b\0tail"));

        EmbeddedPaths.rewrite(file, List.of(3L, 32L, 50L), OLD, NEW);

        assertArrayEquals(concat("ab\0/tmp/new/share/locale\0", new byte[7],
                "/tmp/new/a:/tmp/new/b\0", new byte[14], "tail"), Files.readAllBytes(file));
    }

    @Test
    void refusesAnOffsetThatDoesNotHoldTheOldPath() throws Exception {
        Path file = Files.write(temp.resolve("bin"), concat("xx/tmp/old-prefix\0"));

        PortsException e = assertThrows(PortsException.class, () -> EmbeddedPaths.rewrite(file, List.of(0L), OLD, NEW));

        assertEquals(PortsException.INTEGRITY, e.exitCode());
    }
}
