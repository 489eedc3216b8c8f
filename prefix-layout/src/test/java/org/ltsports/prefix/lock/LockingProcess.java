package org.ltsports.prefix.lock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Another process that takes a prefix lock: a second JVM, since a lock belongs to its process.
 * It says "locked" once it holds the lock and holds it until its input closes (or it is killed).
 */
public final class LockingProcess implements AutoCloseable {
    private final Process process;

    private LockingProcess(Process process) {
        this.process = process;
    }

    /** Starts the process and returns once it holds the lock. */
    public static LockingProcess start(Path lockFile) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockingProcess.class.getName(), lockFile.toString())).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (!"locked".equals(line)) {
            process.destroyForcibly();
            throw new IOException("the locking process said: " + line);
        }
        return new LockingProcess(process);
    }

    public long pid() {
        return process.pid();
    }

    /** Kills it with SIGKILL, as a crash would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Lets it release the lock and end, and waits until it has. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        process.waitFor();
    }

    public static void main(String[] args) throws IOException {
        try (PrefixLock lock = PrefixLock.acquire(Path.of(args[0]), "ports install slow", false, holder -> { })) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until told to stop
            }
        }
    }
}
