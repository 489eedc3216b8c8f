package org.ltsports.ports.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private ProgressBar bar(boolean color) {
        return new ProgressBar(new PrintWriter(text), color, clock::get);
    }

    @Test
    void drawsLabelPercentageBytesAndRateInPlace() {
        ProgressBar bar = bar(false);
        bar.start("hello-2.10.tar.gz", 2048);
        clock.set(1_000_000_000L);
        bar.advance(1024);

        String line = text.toString().substring(text.toString().lastIndexOf('\r') + 1);
        assertTrue(line.startsWith("hello-2.10.tar.gz"), line);
        assertTrue(line.contains(" 50%"), line);
        assertTrue(line.contains("1.0 KiB / 2.0 KiB"), line);
        assertTrue(line.contains("1.0 KiB/s"), line);
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        ProgressBar bar = bar(false);
        bar.start("x", 1000);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(1_000_000L);
            bar.advance(1);
        }
        assertEquals(2, count(text.toString(), '\r'), "one draw at start, one after 100 ms");
    }

    @Test
    void doneLeavesTheFinishedLineAndANewline() {
        ProgressBar bar = bar(false);
        bar.start("x", 10);
        bar.advance(10);
        bar.done();
        assertTrue(text.toString().endsWith("\n"));
        assertTrue(text.toString().contains("100%"));
    }

    @Test
    void colourOnlyWhenAllowed() {
        ProgressBar plain = bar(false);
        plain.start("x", 10);
        plain.advance(10);
        plain.done();
        assertFalse(text.toString().contains("\u001b["), "no ANSI escape without colour");

        StringWriter coloured = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(coloured), true, clock::get);
        bar.start("x", 10);
        bar.advance(10);
        bar.done();
        assertTrue(coloured.toString().contains("\u001b[32m"));
    }

    @Test
    void unknownSizeShowsBytesWithoutPercentage() {
        ProgressBar bar = bar(false);
        bar.start("x", -1);
        bar.advance(3000);
        bar.done();
        assertFalse(text.toString().contains("%"), text.toString());
        assertTrue(text.toString().contains("2.9 KiB"), text.toString());
    }

    @Test
    void parallelTransfersShareOneSummaryLine() throws Exception {
        ProgressBar bar = bar(false);
        bar.start("a.tar.gz", 100);
        CountDownLatch started = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            bar.start("b.tar.gz", 100);
            started.countDown();
        });
        other.start();
        started.await();
        other.join();
        assertTrue(text.toString().contains("2 downloads"), text.toString());
    }

    @Test
    void noBarWithoutATerminalOrOnADumbOne() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertSame(ProgressListener.NONE, ProgressBar.forTerminal(err, false, Map.of()));
        assertSame(ProgressListener.NONE, ProgressBar.forTerminal(err, true, Map.of("TERM", "dumb")));
        assertInstanceOf(ProgressBar.class, ProgressBar.forTerminal(err, true, Map.of("TERM", "xterm")));
    }

    @Test
    void noColorInTheEnvironmentTurnsColourOff() {
        StringWriter out = new StringWriter();
        ProgressListener bar = ProgressBar.forTerminal(new PrintWriter(out), true, Map.of("NO_COLOR", "1"));
        bar.start("x", 10);
        bar.advance(10);
        bar.done();
        assertFalse(out.toString().contains("\u001b["), out.toString());
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
