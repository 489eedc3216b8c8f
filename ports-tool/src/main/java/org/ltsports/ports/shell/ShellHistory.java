package org.ltsports.ports.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.ltsports.ports.Settings;
import org.ltsports.prefix.Prefix;

/**
 * The shell's history, kept in {@code <prefix>/var/ports/shell-history}. Before the prefix exists
 * (the shell never creates it) the history lives in memory; the lines typed so far are written
 * to the file as soon as a command has made the prefix.
 */
final class ShellHistory {
    static final String FILE_NAME = "shell-history";

    private ShellHistory() {
    }

    /** Where the history belongs now, or null while there is no prefix. */
    static Path file(Settings settings) {
        return Prefix.isPrefix(settings.prefix()) ? Prefix.open(settings.prefix()).portsVar().resolve(FILE_NAME) : null;
    }

    /** Points the reader's history at the prefix once there is one, keeping what was typed before. */
    static void follow(LineReader reader, Settings settings) {
        if (reader.getVariable(LineReader.HISTORY_FILE) != null) {
            return;
        }
        Path file = file(settings);
        if (file != null) {
            reader.setVariable(LineReader.HISTORY_FILE, file);
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                // history is a convenience; the shell goes on without the file
            }
        }
    }
}
