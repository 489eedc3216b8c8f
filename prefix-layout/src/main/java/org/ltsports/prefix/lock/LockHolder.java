package org.ltsports.prefix.lock;

import java.time.Instant;
import java.util.Optional;

/**
 * Who holds (or last held) a prefix's lock, as written in the lock file: the process id, when
 * that process started (so a reused pid is not taken for the holder) and the command it runs.
 * The file holds one line, {@code <pid> <start-millis> <command>}; it is emptied on release.
 */
public record LockHolder(long pid, long startMillis, String command) {

    public LockHolder {
        command = command == null ? "" : command.replace('\n', ' ').strip();
    }

    /** This process, running {@code command}. */
    public static LockHolder self(String command) {
        ProcessHandle me = ProcessHandle.current();
        return new LockHolder(me.pid(), startMillis(me), command);
    }

    /** True when the process that wrote this still runs (same pid, same start time). */
    public boolean alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> startMillis == 0 || startMillis(h) == 0 || startMillis(h) == startMillis)
                .orElse(false);
    }

    /** "pid 1234 (`ports install hello`)", for messages. */
    public String describe() {
        return "pid " + pid + (command.isEmpty() ? "" : " (`" + command + "`)");
    }

    String toLine() {
        return pid + " " + startMillis + " " + command + "\n";
    }

    /** Reads the lock file's line; empty for an empty or unreadable line (a lock released cleanly). */
    static Optional<LockHolder> parse(String text) {
        String line = text.strip();
        String[] parts = line.split(" ", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockHolder(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    parts.length > 2 ? parts[2] : ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
