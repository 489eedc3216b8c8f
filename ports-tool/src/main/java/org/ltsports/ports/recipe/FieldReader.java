package org.ltsports.ports.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Typed reads of one TOML table of a recipe. A value that is missing or of the wrong type becomes
 * a {@link Problems problem} at its line (a missing one at the line of the table header) and the
 * read returns null or the fallback, so that reading goes on and every problem gets reported.
 */
final class FieldReader {
    private final TomlTable table;
    private final String prefix;
    private final int headerLine;
    private final Problems problems;
    private final TomlSource source;

    /** @param prefix how fields of this table are named in messages: "" at the top, "source.", "patch[0]." */
    FieldReader(TomlTable table, String prefix, int headerLine, Problems problems, TomlSource source) {
        this.table = table;
        this.prefix = prefix;
        this.headerLine = headerLine;
        this.problems = problems;
        this.source = source;
    }

    String field(String key) {
        return prefix + key;
    }

    int headerLine() {
        return headerLine;
    }

    int lineOf(String key) {
        TomlPosition position = table.inputPositionOf(List.of(key));
        return position == null ? headerLine : position.line();
    }

    boolean has(String key) {
        return table.contains(List.of(key));
    }

    void problem(String key, String what) {
        problems.add(lineOf(key), field(key), what);
    }

    /** A problem with a field that is absent or empty: at its line if it is there, else at the header. */
    void missing(String key, String what) {
        problems.add(has(key) ? lineOf(key) : headerLine, field(key), what);
    }

    /** A problem of the table as a whole, at its header line. */
    void tableProblem(String what) {
        problems.add(headerLine, prefix.isEmpty() ? "recipe" : prefix.substring(0, prefix.length() - 1), what);
    }

    /** Typos must not pass silently: every key not in {@code known} is a problem, with a hint. */
    void rejectUnknown(List<String> known) {
        for (String key : table.keySet()) {
            if (!known.contains(key)) {
                String kind = table.get(List.of(key)) instanceof TomlTable ? "unknown table" : "unknown field";
                List<String> close = CloseNames.closest(key, known, 1);
                problem(key, kind + (close.isEmpty()
                        ? "; known here: " + String.join(", ", known)
                        : "; did you mean " + close.get(0) + "?"));
            }
        }
    }

    String string(String key, boolean required) {
        Object value = table.get(List.of(key));
        if (value == null) {
            if (required) {
                missing(key, "missing required field");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            problem(key, "must be a string (in quotes), got " + describe(value));
            return null;
        }
        if (text.isBlank()) {
            problem(key, "must not be empty");
            return null;
        }
        return text;
    }

    int nonNegativeInt(String key, int fallback) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Long number) || number < 0 || number > Integer.MAX_VALUE) {
            problem(key, "must be a non-negative integer, got " + describe(value));
            return fallback;
        }
        return number.intValue();
    }

    boolean bool(String key, boolean fallback) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            problem(key, "must be true or false, got " + describe(value));
            return fallback;
        }
        return flag;
    }

    /**
     * An optional array of strings, empty when absent. {@code check} returns what is wrong with an
     * element, or null when it is fine; bad elements are reported at their own line and left out.
     */
    List<String> strings(String key, Function<String, String> check) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof TomlArray array)) {
            problem(key, "must be an array of strings, got " + describe(value));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Object element = array.get(i);
            String wrong = element instanceof String text
                    ? (text.isBlank() ? "must not be empty" : check.apply(text))
                    : "must be a string (in quotes), got " + describe(element);
            if (wrong == null) {
                result.add((String) element);
            } else {
                problems.add(source.lineOfValueAt(array.inputPositionOf(i)), field(key) + "[" + i + "]", wrong);
            }
        }
        return result;
    }

    /** An optional table of string values, in file order, empty when absent. */
    Map<String, String> stringTable(String key, Function<String, String> checkKey) {
        FieldReader inner = table(key, false);
        Map<String, String> result = new LinkedHashMap<>();
        if (inner != null) {
            for (String innerKey : inner.table.keySet()) {
                String wrongKey = checkKey.apply(innerKey);
                String value = inner.string(innerKey, true);
                if (wrongKey != null) {
                    inner.problem(innerKey, wrongKey);
                } else if (value != null) {
                    result.put(innerKey, value);
                }
            }
        }
        return result;
    }

    /** A sub-table, or null when it is absent (a problem if required) or not a table. */
    FieldReader table(String key, boolean required) {
        Object value = table.get(List.of(key));
        if (value == null) {
            if (required) {
                problems.add(headerLine, field(key), "missing required table [" + field(key) + "]");
            }
            return null;
        }
        if (!(value instanceof TomlTable inner)) {
            problem(key, "must be a table ([" + field(key) + "]), got " + describe(value));
            return null;
        }
        return new FieldReader(inner, field(key) + ".", lineOf(key), problems, source);
    }

    /** An optional array of tables ({@code [[key]]}), empty when absent. */
    List<FieldReader> tables(String key) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof TomlArray array) || !allTables(array)) {
            problem(key, "must be an array of tables ([[" + field(key) + "]]), got " + describe(value));
            return List.of();
        }
        List<FieldReader> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            result.add(new FieldReader(array.getTable(i), field(key) + "[" + i + "].",
                    source.lineOfValueAt(array.inputPositionOf(i)), problems, source));
        }
        return result;
    }

    private static boolean allTables(TomlArray array) {
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof TomlTable)) {
                return false;
            }
        }
        return true;
    }

    static String describe(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Long || value instanceof Double) {
            return "the number " + value;
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof TomlArray) {
            return "an array";
        }
        if (value instanceof TomlTable) {
            return "a table";
        }
        return "the date/time " + value;
    }
}
