package org.ltsports.ports.progress;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on a terminal: label, bar, percentage, bytes and rate, redrawn in
 * place with {@code '\r'} at most ten times a second. Transfers running on several threads
 * share the line as a summary ({@code 3 downloads ...}); each finished transfer leaves one
 * line behind. Safe to call from several threads.
 */
public final class ProgressBar implements ProgressListener {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;
    private static final int LABEL_WIDTH = 32;
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final boolean color;
    private final LongSupplier nanoClock;
    private final Map<Thread, Transfer> transfers = new LinkedHashMap<>();
    private long lastDrawNanos;
    private int lastVisibleWidth;

    public ProgressBar(PrintWriter out, boolean color) {
        this(out, color, System::nanoTime);
    }

    public ProgressBar(PrintWriter out, boolean color, LongSupplier nanoClock) {
        this.out = out;
        this.color = color;
        this.nanoClock = nanoClock;
    }

    /** A bar on stderr when stderr is worth drawing on, else {@link ProgressListener#NONE}. */
    public static ProgressListener forStderr() {
        return forTerminal(new PrintWriter(System.err), System.console() != null, System.getenv());
    }

    /** No bar when {@code terminal} is false or {@code TERM=dumb}; no colours when {@code NO_COLOR} is set. */
    public static ProgressListener forTerminal(PrintWriter err, boolean terminal, Map<String, String> env) {
        if (!terminal || "dumb".equals(env.get("TERM"))) {
            return NONE;
        }
        String noColor = env.get("NO_COLOR");
        return new ProgressBar(err, noColor == null || noColor.isEmpty());
    }

    @Override
    public synchronized void start(String label, long totalBytesOrMinus1) {
        long now = nanoClock.getAsLong();
        transfers.put(Thread.currentThread(), new Transfer(label, totalBytesOrMinus1, now));
        draw(now);
    }

    @Override
    public synchronized void advance(long bytes) {
        Transfer transfer = transfers.get(Thread.currentThread());
        if (transfer == null) {
            return;
        }
        transfer.bytes += bytes;
        long now = nanoClock.getAsLong();
        if (now - lastDrawNanos >= REDRAW_NANOS) {
            draw(now);
        }
    }

    @Override
    public synchronized void done() {
        Transfer transfer = transfers.remove(Thread.currentThread());
        if (transfer == null) {
            return;
        }
        long now = nanoClock.getAsLong();
        print(describe(transfer.label, List.of(transfer), now));
        out.print('\n');
        lastVisibleWidth = 0;
        if (!transfers.isEmpty()) {
            draw(now);
        }
        out.flush();
    }

    private void draw(long now) {
        List<Transfer> running = new ArrayList<>(transfers.values());
        String label = running.size() == 1 ? running.get(0).label : running.size() + " downloads";
        print(describe(label, running, now));
        out.flush();
        lastDrawNanos = now;
    }

    private void print(Line line) {
        int padding = Math.max(0, lastVisibleWidth - line.visibleWidth());
        out.print('\r' + line.text() + " ".repeat(padding));
        lastVisibleWidth = line.visibleWidth();
    }

    private Line describe(String label, List<Transfer> group, long now) {
        long bytes = 0;
        long total = 0;
        long since = now;
        for (Transfer t : group) {
            bytes += t.bytes;
            total = (total < 0 || t.total < 0) ? -1 : total + t.total;
            since = Math.min(since, t.startNanos);
        }
        StringBuilder plain = new StringBuilder(fit(label));
        StringBuilder shown = new StringBuilder(plain);
        if (total > 0) {
            int percent = (int) Math.min(100, bytes * 100 / total);
            int filled = percent * BAR_WIDTH / 100;
            String bar = "=".repeat(filled);
            String rest = " ".repeat(BAR_WIDTH - filled);
            plain.append("  [").append(bar).append(rest).append(']');
            shown.append("  [").append(color ? GREEN + bar + RESET : bar).append(rest).append(']');
            String tail = String.format(Locale.ROOT, "  %3d%%  %s / %s", percent, ByteSize.format(bytes), ByteSize.format(total));
            plain.append(tail);
            shown.append(tail);
        } else {
            plain.append("  ").append(ByteSize.format(bytes));
            shown.append("  ").append(ByteSize.format(bytes));
        }
        long elapsed = now - since;
        if (elapsed >= 1_000_000L) {
            String rate = "  " + ByteSize.format((long) (bytes * 1e9 / elapsed)) + "/s";
            plain.append(rate);
            shown.append(rate);
        }
        return new Line(shown.toString(), plain.length());
    }

    private static String fit(String label) {
        return label.length() <= LABEL_WIDTH ? label : label.substring(0, LABEL_WIDTH - 3) + "...";
    }

    private record Line(String text, int visibleWidth) {
    }

    private static final class Transfer {
        final String label;
        final long total;
        final long startNanos;
        long bytes;

        Transfer(String label, long total, long startNanos) {
            this.label = label;
            this.total = total;
            this.startNanos = startNanos;
        }
    }
}
