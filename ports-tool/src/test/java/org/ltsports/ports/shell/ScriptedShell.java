package org.ltsports.ports.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.ltsports.ports.Settings;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * A shell session driven by a script: typed input through a {@link DumbTerminal}, everything the
 * shell printed collected. Every location is inside the test's directory.
 */
final class ScriptedShell {
    static final String SHA256 = "31e066137a962676e89f69d1b65382de95a7ef7d914b8cb956f41ea72e0f516b";

    final Path dir;
    final Map<String, String> env = new HashMap<>();
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    int exit = -1;
    private String type = Terminal.TYPE_DUMB;
    private volatile Terminal terminal;

    ScriptedShell(Path dir) {
        this.dir = dir;
        env.put("HOME", dir.resolve("home").toString());
        env.put("PORTS_PREFIX", dir.resolve("prefix").toString());
        env.put("PORTS_LTS_ROOT", dir.resolve("lts").toString());
        env.put("PORTS_RECIPES", dir.resolve("recipes").toString());
        env.put("PORTS_CACHE", dir.resolve("cache").toString());
        env.put("NO_COLOR", "1");
    }

    Settings settings() {
        return Settings.from(env, Map.of());
    }

    Path prefix() {
        return dir.resolve("prefix");
    }

    ScriptedShell recipe(String name, String version, String summary) {
        return recipe(name, version, summary, "https://example.org/" + name + "-" + version + ".tar.gz");
    }

    ScriptedShell recipe(String name, String version, String summary, String url) {
        try {
            Path recipes = Files.createDirectories(dir.resolve("recipes"));
            Files.writeString(recipes.resolve(name + ".toml"), "name = \"" + name + "\"\nversion = \"" + version
                    + "\"\nsummary = \"" + summary + "\"\n\n[source]\nurl = \"" + url + "\"\nsha256 = \"" + SHA256 + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Makes the prefix and records a receipt, as if {@code name} were installed. */
    ScriptedShell installed(String name, String version) {
        Prefix prefix = Prefix.create(prefix(), "1.0");
        try (ReceiptDb receipts = ReceiptDb.open(prefix.database())) {
            receipts.record(new Receipt(name, version, 0, prefix.kegDir(name, version).toString(), true, Instant.now(),
                    "1.0", null, null, List.of(), List.of(), List.of(), List.of()));
        }
        return this;
    }

    /** Runs a whole session on this input and returns what the terminal showed. */
    String type(String input) {
        return run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    }

    String run(InputStream input) {
        try (Terminal opened = terminal(input)) {
            terminal = opened;
            exit = new PortsShell(settings(), opened).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return screen();
    }

    /** The terminal of the running session, to raise signals on as a tty would. */
    Terminal terminal() {
        return terminal;
    }

    /**
     * A dumb terminal with a tty's control characters: Ctrl-C raises SIGINT, Ctrl-D is end of file.
     * With {@code type} "ansi" instead of "dumb", JLine edits with its full key map (Tab completes)
     * and draws suggestions while typing.
     */
    Terminal terminal(InputStream input) throws IOException {
        DumbTerminal terminal = new DumbTerminal("ports-test", type, input, screen, StandardCharsets.UTF_8);
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
        // Unset, these read as -1, which is also end of input: the terminal would raise signals forever.
        attributes.setControlChar(Attributes.ControlChar.VQUIT, 28);
        attributes.setControlChar(Attributes.ControlChar.VSUSP, 26);
        attributes.setControlChar(Attributes.ControlChar.VSTATUS, 20);
        terminal.setAttributes(attributes);
        terminal.setSize(new Size(120, 40));
        return terminal;
    }

    /** Edits with JLine's full key map on an "ansi" terminal instead of the dumb one. */
    ScriptedShell ansi() {
        type = "ansi";
        return this;
    }

    String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }
}
