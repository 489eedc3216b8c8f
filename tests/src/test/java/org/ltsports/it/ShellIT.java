package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher's shell in a real terminal (tmux): Tab completion and a ranked search result on screen. */
class ShellIT {

    @TempDir
    Path dir;

    @Test
    void completionAndSearchOnARealTerminal() throws Exception {
        Launcher ports = new Launcher(dir);
        String sha = "a".repeat(64);
        Fixtures.recipe(ports.recipes(), "pcre2", "https://example.org/pcre2-10.42.tar.gz", sha, "");
        Fixtures.recipe(ports.recipes(), "pcre", "https://example.org/pcre-8.45.tar.gz", sha, "");
        Fixtures.recipe(ports.recipes(), "hello", "https://example.org/hello-2.10.tar.gz", sha, "");
        String env = Stream.of("HOME=" + dir.resolve("home"), "NO_COLOR=1", "TERM=xterm-256color",
                        "PORTS_PREFIX=" + ports.prefix(), "PORTS_RECIPES=" + ports.recipes(),
                        "PORTS_LTS_ROOT=" + ports.ltsRoot(), "PATH=" + System.getenv("PATH"))
                .map(ShellIT::quoted).collect(Collectors.joining(" "));
        String command = "env " + env + " " + quoted(Launcher.PORTS.toString()) + " shell; echo shell-exit-$?; sleep 600";

        try (Tmux tmux = new Tmux(dir, 100, 30, command)) {
            tmux.await("the prompt", screen -> screen.contains("ports>"));

            tmux.send("inf", "Tab");
            tmux.await("'inf' completed to 'info'", screen -> screen.contains("ports> info"));
            tmux.send("C-u", "sea", "Tab", "pcer2");
            String suggested = tmux.await("the suggestion while typing",
                    screen -> screen.contains("ports> search pcer2") && screen.contains("pcre2, a test project"));
            tmux.send("Enter");
            String result = tmux.await("the search result line",
                    screen -> screen.lines().anyMatch(line -> line.matches("pcre2\\s+1\\.0\\s+pcre2, a test project")));

            tmux.send("C-d");
            String end = tmux.await("the shell leaving on Ctrl-D", screen -> screen.contains("shell-exit-0"));
            Files.writeString(Path.of("target/ShellIT-screen.txt"), end);
            assertTrue(suggested.contains("best matches"), suggested);
            assertTrue(result.contains("ports> search pcer2"), result);
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
