package org.ltsports.ports.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.ltsports.ports.search.SearchHit;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion over the picocli command tree: commands, their options, the values of enum
 * options, and for a command's arguments what its parameter label asks for: recipe names for
 * {@code <recipe>}, installed kegs for {@code <installed>}, ranked search results for
 * {@code <word>}, files for {@code <file>} and {@code <dir>}.
 */
final class ShellCompleter implements Completer {
    /** The group of ranked search results; {@link ShellMatcher} lets them through unfiltered. */
    static final String RANKED = "best matches";
    static final int SUGGESTIONS = 8;

    private final CommandSpec root;
    private final ShellRecipes recipes;
    private final FileNameCompleter files = new FileNameCompleter();

    ShellCompleter(CommandSpec root, ShellRecipes recipes) {
        this.root = root;
        this.recipes = recipes;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int current = line.wordIndex();
        CommandSpec spec = root;
        int first = 0;
        while (first < current && spec.subcommands().containsKey(words.get(first))) {
            spec = spec.subcommands().get(words.get(first)).getCommandSpec();
            first++;
        }
        String word = line.word().substring(0, line.wordCursor());
        if (spec == root) {
            if (current == 0) {
                commands(spec, candidates);
                candidates.removeIf(candidate -> candidate.value().equals("shell")); // this is the shell
                candidates.add(new Candidate("exit", "exit", null, "Leave the shell (or Ctrl-D).", null, null, true));
            }
            return;
        }
        OptionSpec previous = current > first ? spec.findOption(words.get(current - 1)) : null;
        if (previous != null && previous.arity().min() > 0) {
            values(reader, line, previous.completionCandidates(), previous.paramLabel(), candidates);
        } else if (word.startsWith("-")) {
            options(spec, candidates);
        } else {
            commands(spec, candidates);
            PositionalParamSpec positional = spec.positionalParameters().isEmpty() ? null : spec.positionalParameters().get(0);
            if (positional != null) {
                if ("<word>".equals(positional.paramLabel())) {
                    ranked(spec, words.subList(first, current), word, candidates);
                } else {
                    values(reader, line, positional.completionCandidates(), positional.paramLabel(), candidates);
                }
            }
        }
    }

    private static void commands(CommandSpec spec, List<Candidate> candidates) {
        for (CommandLine sub : new java.util.LinkedHashSet<>(spec.subcommands().values())) {
            String name = sub.getCommandName();
            candidates.add(new Candidate(name, name, null, first(sub.getCommandSpec().usageMessage().description()),
                    null, null, true));
        }
    }

    private static void options(CommandSpec spec, List<Candidate> candidates) {
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                candidates.add(new Candidate(name, name, null, first(option.description()), null, null, true));
            }
        }
    }

    private void values(LineReader reader, ParsedLine line, Iterable<String> fixed, String label, List<Candidate> candidates) {
        if (fixed != null) {
            fixed.forEach(value -> candidates.add(new Candidate(value)));
        } else if ("<installed>".equals(label)) {
            recipes.installed().forEach((name, version) ->
                    candidates.add(new Candidate(name, name, null, "installed " + version, null, null, true)));
        } else if ("<recipe>".equals(label)) {
            recipes.names().forEach(name -> candidates.add(new Candidate(name)));
        } else if ("<file>".equals(label) || "<dir>".equals(label)) {
            files.complete(reader, line, candidates);
        }
    }

    /** The best matches for the search typed so far (its words, not its options), in rank order. */
    private void ranked(CommandSpec spec, List<String> before, String word, List<Candidate> candidates) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < before.size(); i++) {
            OptionSpec option = spec.findOption(before.get(i));
            if (option != null) {
                i += option.arity().min();
            } else if (!before.get(i).startsWith("-")) {
                query.append(before.get(i)).append(' ');
            }
        }
        query.append(word);
        if (query.toString().isBlank()) {
            return;
        }
        Map<String, String> installed = recipes.installed();
        List<SearchHit> hits = recipes.search(query.toString(), SUGGESTIONS);
        List<Candidate> ranked = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            SearchHit hit = hits.get(rank);
            String version = hit.valid() ? hit.version() : "?";
            String state = !installed.containsKey(hit.name()) ? ""
                    : installed.get(hit.name()).equals(version) ? " installed" : " installed " + installed.get(hit.name());
            String description = version + state + "  " + (hit.valid() ? hit.summary() : "(the recipe has errors)");
            ranked.add(new Candidate(hit.name(), hit.name(), RANKED, description, null, null, true, rank));
        }
        if (ranked.isEmpty()) {
            // Says so, and replaces the list of the previous key, which JLine would otherwise leave on screen.
            ranked.add(new Candidate(word, "(no recipe matches)", RANKED, null, null, null, false));
        }
        candidates.addAll(ranked);
    }

    private static String first(String[] lines) {
        return lines == null || lines.length == 0 ? null : lines[0];
    }
}
