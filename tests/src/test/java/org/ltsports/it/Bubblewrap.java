package org.ltsports.it;

import java.io.File;
import java.util.List;

/** Whether builds on this machine run in the bubblewrap sandbox: bwrap is installed and may make namespaces here. */
final class Bubblewrap {

    private static Boolean works;

    private Bubblewrap() {
    }

    static synchronized boolean works() {
        if (works == null) {
            try {
                Process probe = new ProcessBuilder(List.of("bwrap", "--ro-bind", "/", "/", "--dev", "/dev",
                        "--proc", "/proc", "--unshare-all", "--die-with-parent", "--new-session", "--", "true"))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                        .start();
                works = probe.waitFor() == 0;
            } catch (Exception e) {
                works = false;
            }
        }
        return works;
    }
}
