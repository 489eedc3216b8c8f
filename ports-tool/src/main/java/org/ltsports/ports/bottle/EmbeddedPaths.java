package org.ltsports.ports.bottle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ltsports.ports.PortsException;

/**
 * Paths compiled into binary files (a {@code LOCALEDIR} string, say). Bottling finds them and
 * leaves them; pouring rewrites each as a C string: {@code old+suffix\0} becomes
 * {@code new+suffix\0} padded with NULs, which only works when the new path is not longer.
 */
final class EmbeddedPaths {
    private static final int CHUNK = 1 << 20;

    private EmbeddedPaths() {
    }

    /** The offsets at which {@code path} occurs in {@code file} as a whole path (not as the start of a longer name). */
    static List<Long> find(Path file, byte[] path) throws IOException {
        List<Long> offsets = new ArrayList<>();
        byte[] buffer = new byte[CHUNK + path.length + 1];
        long base = 0;
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int wanted = buffer.length - length;
                int read = in.readNBytes(buffer, length, wanted);
                length += read;
                end = read < wanted;
                int last = end ? length - path.length : length - path.length - 1;
                for (int at = 0; at <= last; at++) {
                    if (matchesAt(buffer, at, path) && (at + path.length == length || !goesOn(buffer[at + path.length]))) {
                        offsets.add(base + at);
                    }
                }
                int keep = Math.max(0, last + 1);
                System.arraycopy(buffer, keep, buffer, 0, length - keep);
                base += keep;
                length -= keep;
            }
        }
        return offsets;
    }

    /**
     * Rewrites the C strings at {@code offsets}, which must each begin with {@code from}, so that
     * they begin with {@code to} instead; {@code to} must not be longer than {@code from}.
     *
     * @throws PortsException integrity when a recorded offset does not hold {@code from}
     */
    static void rewrite(Path file, List<Long> offsets, byte[] from, byte[] to) throws IOException {
        if (to.length > from.length) {
            throw new IllegalArgumentException("a C string can only be rewritten to a path that is not longer");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            for (long offset : offsets.stream().sorted(Comparator.reverseOrder()).toList()) {
                if (!Arrays.equals(read(channel, offset, from.length), from)) {
                    throw PortsException.integrity("the bottle's " + file.getFileName() + " does not hold "
                            + new String(from, StandardCharsets.UTF_8) + " at offset " + offset
                            + " as its sidecar says; it was not poured");
                }
                long end = terminator(channel, offset + from.length);
                byte[] suffix = read(channel, offset + from.length, (int) (end - offset - from.length));
                ByteBuffer string = ByteBuffer.allocate((int) (end - offset));
                string.put(to).put(suffix);
                string.rewind();
                channel.write(string, offset);
            }
        }
    }

    private static boolean matchesAt(byte[] buffer, int at, byte[] path) {
        for (int i = 0; i < path.length; i++) {
            if (buffer[at + i] != path[i]) {
                return false;
            }
        }
        return true;
    }

    /** A byte that would continue a file name: the match was only the start of a longer name. */
    private static boolean goesOn(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '.' || b == '_' || b == '-' || b == '+' || b == '~' || b < 0;
    }

    /** The offset of the NUL that ends the C string running through {@code from}, or the end of the file. */
    private static long terminator(FileChannel channel, long from) throws IOException {
        long at = from;
        while (at < channel.size()) {
            byte[] chunk = read(channel, at, 4096);
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] == 0) {
                    return at + i;
                }
            }
            at += chunk.length;
        }
        return channel.size();
    }

    private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, Math.min(length, channel.size() - offset)));
        while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
            // until the range is read
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
