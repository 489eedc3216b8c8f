package org.ltsports.ports.shell;

import org.jline.terminal.Terminal;
import org.jline.reader.impl.LineReaderImpl;

/**
 * JLine's line reader, with one fix: when the suggestions shown while typing run out (no
 * candidate matches any more), the list of the previous key is cleared instead of staying on
 * screen. JLine 3.26's {@code clearChoices} returns before clearing when there is nothing to list.
 */
final class ShellLineReader extends LineReaderImpl {

    ShellLineReader(Terminal terminal) {
        super(terminal, "ports", null);
    }

    @Override
    protected boolean clearChoices() {
        post = null;
        return super.clearChoices();
    }
}
