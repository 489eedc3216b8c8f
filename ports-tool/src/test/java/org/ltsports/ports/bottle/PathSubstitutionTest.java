package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PathSubstitutionTest {
    private final PathSubstitution toPlaceholders = PathSubstitution.toPlaceholders("/home/u/.ports", "/lts");

    @Test
    void replacesWholePathsWhereverTheyStandAlsoAfterCompilerFlags() {
        PathSubstitution.Result result = toPlaceholders.apply(
                "prefix=/home/u/.ports\nLibs: -L/home/u/.ports/lib -Wl,-rpath,/lts/1.0/lib\n\"/home/u/.ports\"");

        assertEquals("prefix=@@PORTS_PREFIX@@\nLibs: -L@@PORTS_PREFIX@@/lib -Wl,-rpath,@@PORTS_LTS_ROOT@@/1.0/lib\n"
                + "\"@@PORTS_PREFIX@@\"", result.text());
        assertEquals(4, result.count());
    }

    @Test
    void leavesLongerNamesThatOnlyStartLikeThePath() {
        String text = "/home/u/.ports2/x /home/u/.ports.bak /ltsfoo /lts-2/lib";

        assertEquals(0, toPlaceholders.apply(text).count());
    }

    @Test
    void theLongerPathWinsWhereOneStartsTheOther() {
        PathSubstitution nested = PathSubstitution.toPlaceholders("/lts/ports", "/lts");

        assertEquals("@@PORTS_PREFIX@@/bin @@PORTS_LTS_ROOT@@/1.0", nested.apply("/lts/ports/bin /lts/1.0").text());
    }

    @Test
    void bytewiseTextKeepsOtherBytesAsTheyAre() {
        PathSubstitution prefix = PathSubstitution.toPlaceholders("/home/ü/.ports", "/lts").forBytes();
        byte[] latin1AndUtf8 = {(byte) 0xe9, ' '};
        String text = new String(latin1AndUtf8, StandardCharsets.ISO_8859_1)
                + new String("/home/ü/.ports/bin".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        String result = prefix.apply(text).text();

        assertEquals((char) 0xe9 + " @@PORTS_PREFIX@@/bin", result);
    }

    @Test
    void placeholdersBecomeTheNewPaths() {
        PathSubstitution back = PathSubstitution.fromPlaceholders("/opt/p", "/mnt/lts");

        assertEquals("/opt/p/lib:/mnt/lts/1.0/lib", back.apply("@@PORTS_PREFIX@@/lib:@@PORTS_LTS_ROOT@@/1.0/lib").text());
    }
}
