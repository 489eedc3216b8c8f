package org.ltsports.ports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ltsports.prefix.Prefix;

/**
 * The training run behind the AppCDS archive that {@code scripts/install.sh} makes: runs the
 * common commands once, in one JVM, against a throw-away prefix, so the archive holds the classes
 * of start-up, the command tree, recipes and the receipts database. Not a command for people.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path lts = Files.createDirectories(dir.resolve("lts/1.0")).getParent();
        Path prefix = dir.resolve("prefix");
        Prefix.create(prefix, "1.0");
        Map<String, String> env = Map.of("PORTS_PREFIX", prefix.toString(), "PORTS_LTS_ROOT", lts.toString(),
                "HOME", dir.toString(), "NO_COLOR", "1");
        for (String line : List.of("--help", "--version", "list", "list --json", "info hello", "info --json hello",
                "deps hello", "doctor", "install --dry-run hello", "uninstall not-installed", "install", "search hello",
                "search --json helo", "outdated", "upgrade --dry-run", "base list", "base plan 1.0", "install --help")) {
            StringWriter sink = new StringWriter();
            PortsCli.run(line.split(" "), env, new PrintWriter(sink), new PrintWriter(sink));
        }
    }
}
