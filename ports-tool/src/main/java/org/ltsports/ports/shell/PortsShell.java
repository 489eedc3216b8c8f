package org.ltsports.ports.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.ltsports.ports.Settings;
import org.ltsports.ports.cli.PortsCli;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ports shell}: a JLine line editor over the command tree of {@code ports}. Every line runs
 * through the same factory as the command line; completion, suggestions while typing and history
 * are the shell's own. Ctrl-C abandons the line or the running command, Ctrl-D leaves.
 */
public final class PortsShell {
    static final String PROMPT = "ports> ";

    private final Settings settings;
    private final Terminal terminal;

    public PortsShell(Settings settings, Terminal terminal) {
        this.settings = settings;
        this.terminal = terminal;
    }

    /** Reads and runs lines until Ctrl-D, end of input or {@code exit}; returns 0. */
    public int run() {
        PrintWriter out = terminal.writer();
        terminal.handle(Signal.INT, signal -> { }); // a stray Ctrl-C between lines must not end the JVM
        try (ShellRecipes recipes = new ShellRecipes(settings)) {
            LineReader reader = reader(recipes);
            CommandRunner runner = new CommandRunner(settings, terminal);
            out.println("ports shell: Tab completes, `search <words>` finds recipes, Ctrl-C cancels, Ctrl-D leaves.");
            int exit = 0;
            while (true) {
                prepare(reader, recipes);
                String prompt = exit == 0 ? PROMPT : "ports [" + exit + "]> ";
                try {
                    reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = reader.getParsedLine().words().stream().filter(w -> !w.isEmpty()).toList();
                if (words.isEmpty()) {
                    continue;
                }
                if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
                    break;
                }
                if (words.get(0).equals("shell")) {
                    out.println("Error: this is the ports shell already; Ctrl-D leaves it");
                    exit = 2;
                    continue;
                }
                exit = runner.run(words);
            }
            out.flush();
        }
        return 0;
    }

    /** Brings completion and history up to date before a prompt; a failure here is said in one line, not fatal. */
    private void prepare(LineReader reader, ShellRecipes recipes) {
        try {
            recipes.refresh();
            ShellHistory.follow(reader, settings);
        } catch (RuntimeException e) {
            terminal.writer().println("Error: completion is not up to date: " + e.getMessage());
        }
    }

    private LineReader reader(ShellRecipes recipes) {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        ShellLineReader reader = new ShellLineReader(terminal);
        reader.setParser(parser);
        reader.setCompleter(new ShellCompleter(commandTree(), recipes));
        reader.setCompletionMatcher(new ShellMatcher());
        reader.setVariable(LineReader.HISTORY_FILE, ShellHistory.file(settings));
        reader.setVariable(LineReader.LIST_MAX, 60);
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        reader.setOpt(LineReader.Option.AUTO_FRESH_LINE);
        reader.setOpt(LineReader.Option.HISTORY_IGNORE_DUPS);
        reader.setAutosuggestion(LineReader.SuggestionType.COMPLETER);
        reader.getHistory().attach(reader);
        return reader;
    }

    /** The command tree, from the factory, for completion only; lines run on trees of their own. */
    private CommandSpec commandTree() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return PortsCli.commandLine(settings, sink, sink).getCommandSpec();
    }
}
