package org.ltsports.base.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LinkTargetTest {

    @Test
    void anAbsoluteTargetIsReadInsideTheTreeAndMadeRelative() {
        assertEquals("../usr/lib/x", LinkTarget.inTree(Path.of("lib/x"), Path.of("/usr/lib/x")));
        assertEquals("x", LinkTarget.inTree(Path.of("usr/lib/libx.so"), Path.of("/usr/lib/x")));
        assertEquals("usr/bin/env", LinkTarget.inTree(Path.of("env"), Path.of("/usr/bin/env")));
        assertEquals("..", LinkTarget.inTree(Path.of("etc/root"), Path.of("/")));
    }

    @Test
    void aRelativeTargetInsideTheTreeStays() {
        assertEquals("../lib/x", LinkTarget.inTree(Path.of("bin/x"), Path.of("../lib/x")));
        assertEquals("usr/lib", LinkTarget.inTree(Path.of("lib"), Path.of("usr/lib")));
    }

    @Test
    void aRelativeTargetClimbingOutOfTheTreeStopsAtItsTopAsInAChroot() {
        assertEquals("../etc/passwd", LinkTarget.inTree(Path.of("bin/x"), Path.of("../../../etc/passwd")));
        assertEquals("proc/self/mounts", LinkTarget.inTree(Path.of("mtab"), Path.of("../proc/self/mounts")));
    }
}
