package org.ltsports.prefix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KegTest {
    @Test
    void versionDirCarriesTheRevisionOnlyAboveZero() {
        assertEquals("2.10", new Keg("hello", "2.10", 0, Path.of("/p")).versionDir());
        assertEquals("2.10_3", new Keg("hello", "2.10", 3, Path.of("/p")).versionDir());
    }

    @Test
    void atParsesNameVersionAndRevision() {
        Keg keg = Keg.at(Path.of("/p/Cellar/hello/2.10_3"));
        assertEquals("hello", keg.name());
        assertEquals("2.10", keg.version());
        assertEquals(3, keg.revision());
        assertEquals(Path.of("/p/Cellar/hello/2.10_3"), keg.path());

        Keg plain = Keg.at(Path.of("/p/Cellar/openssl/3.0.2_beta"));
        assertEquals("3.0.2_beta", plain.version());
        assertEquals(0, plain.revision());
    }

    @Test
    void aNegativeRevisionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Keg("a", "1", -1, Path.of("/p")));
    }
}
