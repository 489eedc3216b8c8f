package org.ltsports.prefix.journal;

import java.util.HashMap;
import java.util.Map;

/**
 * A test hook for the crash tests: when {@code PORTS_TEST_CRASH_AT} names a point, the process
 * stops dead there with {@link Runtime#halt} (exit 137, as after SIGKILL): no finally blocks, no
 * shutdown hooks, locks released by the kernel only. The value is either the ordinal of a point
 * in this run ({@code 7}: the seventh point reached, of any name), a name ({@code committed}:
 * its first time) or a name and its count ({@code step-done#3}). Without the variable this does nothing.
 */
public final class CrashPoint {
    /** The exit status of a process stopped at a crash point. */
    public static final int EXIT = 137;

    private static final String TARGET = System.getenv("PORTS_TEST_CRASH_AT");
    private static final Map<String, Integer> COUNTS = new HashMap<>();
    private static int reached;

    private CrashPoint() {
    }

    public static void reach(String name) {
        if (TARGET == null || TARGET.isBlank()) {
            return;
        }
        synchronized (COUNTS) {
            reached++;
            int count = COUNTS.merge(name, 1, Integer::sum);
            if (TARGET.equals(Integer.toString(reached)) || (TARGET.equals(name) && count == 1)
                    || TARGET.equals(name + "#" + count)) {
                System.err.println("ports: test crash at " + name + "#" + count + " (point " + reached + ")");
                System.err.flush();
                Runtime.getRuntime().halt(EXIT);
            }
        }
    }
}
