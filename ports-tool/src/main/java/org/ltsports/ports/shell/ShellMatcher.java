package org.ltsports.ports.shell;

import java.util.Map;
import java.util.stream.Collectors;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.impl.CompletionMatcherImpl;

/**
 * Which candidates match the word being typed: those that start with it, except ranked search
 * results, which the search index matched already (typos and all) and so pass as they are.
 * JLine's own fallbacks (substring, then any word a few typos away) are left out: they listed
 * every recipe for a one-letter word.
 */
final class ShellMatcher extends CompletionMatcherImpl {

    @Override
    public void compile(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
                        boolean caseInsensitive, int errors, String originalGroupName) {
        reset(caseInsensitive);
        String typed = line.word().substring(0, line.wordCursor());
        matchers.add(candidates -> candidates.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(c -> ShellCompleter.RANKED.equals(c.group())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        matchers.add(simpleMatcher(value -> value.startsWith(typed)));
        exact = value -> value.equals(typed);
    }
}
