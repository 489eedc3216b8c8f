package org.ltsports.ports.recipe;

import java.util.List;

import org.tomlj.TomlPosition;

/**
 * The text of a recipe file, to correct where tomlj says an array element is: tomlj 1.1.1 gives
 * the start of the element's rule, which takes in the line break and comments before the value,
 * so an element on its own line is reported on the line before. Seen with
 * {@code keywords = ["a",\n  3]}: element 1 was reported at line 1, column 17.
 */
final class TomlSource {
    private final List<String> lines;

    TomlSource(String text) {
        this.lines = text.lines().toList();
    }

    /** The line of the first value at or after {@code position}, past blanks, line breaks and comments. */
    int lineOfValueAt(TomlPosition position) {
        int line = position.line();
        int column = position.column() - 1;
        while (line <= lines.size()) {
            String text = lines.get(line - 1);
            int index = column < text.codePointCount(0, text.length()) ? text.offsetByCodePoints(0, column) : text.length();
            while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
                index++;
            }
            if (index < text.length() && text.charAt(index) != '#') {
                return line;
            }
            line++;
            column = 0;
        }
        return position.line();
    }
}
