package org.ltsports.prefix.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.ltsports.prefix.PrefixException;

/**
 * One writer per prefix: an exclusive lock on {@code var/ports/lock}, held by a command that
 * changes the prefix from before it plans until it is done. The kernel drops the lock when the
 * holder exits, however it exits, so a lock is never stale; the file names the holder (pid, start
 * time, command) for the messages of those who wait, and is emptied on release, so a holder named
 * in the file that no longer runs ended without releasing: its successor reports taking over.
 *
 * <p>POSIX locks belong to the process, and closing any descriptor of the file drops them; so
 * within one JVM the holders are kept in a table and the file is not opened a second time.
 */
public final class PrefixLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    private static final Map<Path, LockHolder> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder takenOver;

    private PrefixLock(Path file, FileChannel channel, FileLock lock, LockHolder takenOver) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /**
     * Takes the lock for {@code command}. While another process holds it: with {@code wait}, tells
     * {@code onWait} who, once it is named in the file (again whenever the holder changes), and
     * waits; without, refuses.
     *
     * @throws PrefixException refused (no wait) naming the holder; failed when the file cannot be
     *     used, for instance because the prefix was removed while waiting
     */
    public static PrefixLock acquire(Path lockFile, String command, boolean wait, Consumer<LockHolder> onWait) {
        Path file = lockFile.toAbsolutePath().normalize();
        LockHolder announced = null;
        while (true) {
            Attempt attempt = tryOnce(file, command);
            if (attempt.lock() != null) {
                return attempt.lock();
            }
            if (!wait) {
                throw PrefixException.refused("Another ports command, " + describe(attempt.holder()) + ", is changing "
                        + file.getParent().getParent().getParent() + "; try again when it has finished, or leave out"
                        + " --no-wait to wait for it");
            }
            if (attempt.holder() != null && !attempt.holder().equals(announced)) { // null: being written or emptied
                announced = attempt.holder();
                onWait.accept(announced);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PrefixException("Interrupted while waiting for the lock " + file);
            }
        }
    }

    /** The holder named in the lock file while someone else holds it, if any; takes no lock. */
    public static Optional<LockHolder> holder(Path lockFile) {
        Path file = lockFile.toAbsolutePath().normalize();
        LockHolder here = HELD_HERE.get(file);
        if (here != null) {
            return Optional.of(here);
        }
        try {
            return LockHolder.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The holder that died without releasing the lock this one took over, if it did. */
    public Optional<LockHolder> takenOver() {
        return Optional.ofNullable(takenOver);
    }

    /** Empties the file and releases the lock. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // the file may be gone with a wiped prefix; releasing is what matters
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new PrefixException("Could not release the lock " + file + ": " + e, e);
        } finally {
            HELD_HERE.remove(file);
        }
    }

    private record Attempt(PrefixLock lock, LockHolder holder) {
    }

    private static Attempt tryOnce(Path file, String command) {
        LockHolder here = HELD_HERE.get(file);
        if (here != null) {
            return new Attempt(null, here);
        }
        FileChannel channel = null;
        try {
            Object key = fileKey(file);
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                LockHolder holder = read(channel).orElse(null);
                channel.close();
                return new Attempt(null, holder);
            }
            if (!key.equals(fileKey(file))) { // replaced (the prefix wiped and made again) since it was opened
                lock.release();
                channel.close();
                return tryOnce(file, command);
            }
            LockHolder previous = read(channel).filter(h -> !h.alive()).orElse(null);
            LockHolder self = LockHolder.self(command);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(self.toLine().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            HELD_HERE.put(file, self);
            return new Attempt(new PrefixLock(file, channel, lock, previous), null);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new PrefixException("Could not use the lock file " + file + ": " + e, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Object fileKey(Path file) throws IOException {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // the usual case
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.getParent().toString(), null, "the prefix is gone");
        }
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static Optional<LockHolder> read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        channel.read(buffer, 0);
        return LockHolder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    private static String describe(LockHolder holder) {
        return holder == null ? "whose pid is not yet written" : holder.describe();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
