package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.base.BaseException;

/**
 * The places where a file names a path (the old release's {@code /lts/1.0}), found by a byte search
 * through the file in chunks. A match counts only as a whole path component: {@code /lts/1.0} is
 * found in {@code /lts/1.0/lib} and {@code "/lts/1.0"}, not in {@code /lts/1.0.1}.
 *
 * @param file        the file searched
 * @param binary      the file holds a NUL byte (an ELF file, an archive): only same-length rewrites are safe
 * @param occurrences each match with the path text that starts there
 */
public record TextReferences(Path file, boolean binary, List<Occurrence> occurrences) {

    private static final int CHUNK = 1 << 20;
    private static final int LONGEST_TEXT = 4096;

    /** One match: its byte offset and the path written there, up to the first NUL, quote, space or colon. */
    public record Occurrence(long offset, String text) {
    }

    public TextReferences {
        occurrences = List.copyOf(occurrences);
    }

    public static TextReferences find(Path file, String path) {
        byte[] needle = path.getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file)) {
            List<Occurrence> found = new ArrayList<>();
            boolean binary = false;
            ByteBuffer chunk = ByteBuffer.allocate(CHUNK + needle.length);
            long start = 0;
            long size = channel.size();
            while (start < size) {
                chunk.clear();
                channel.read(chunk, start);
                int length = chunk.position();
                byte[] bytes = chunk.array();
                for (int i = 0; i < Math.min(length, CHUNK); i++) {
                    binary |= bytes[i] == 0;
                    if (bytes[i] == needle[0] && matches(bytes, i, length, needle) && isBoundary(channel, start + i + needle.length)) {
                        found.add(new Occurrence(start + i, textAt(channel, start + i)));
                    }
                }
                start += CHUNK;
            }
            return new TextReferences(file, binary, found);
        } catch (IOException e) {
            throw new BaseException("cannot search " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces every occurrence of {@code from} with {@code to}, in place (the file keeps its inode).
     * Only a path of the same length is written, so string tables, the interpreter and DT_RPATH of an
     * ELF file stay intact; for another length use patchelf on ELF files, or rebuild.
     *
     * @return the number of occurrences rewritten
     */
    public static int rewriteSameLength(Path file, String from, String to) {
        byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
        if (replacement.length != from.getBytes(StandardCharsets.UTF_8).length) {
            throw new BaseException("cannot rewrite " + from + " to " + to + " in " + file
                    + " in place: the paths differ in length");
        }
        List<Occurrence> occurrences = find(file, from).occurrences();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (Occurrence occurrence : occurrences) {
                channel.write(ByteBuffer.wrap(replacement), occurrence.offset());
            }
        } catch (IOException e) {
            throw new BaseException("cannot rewrite " + file + ": " + e.getMessage(), e);
        }
        return occurrences.size();
    }

    private static boolean matches(byte[] bytes, int at, int length, byte[] needle) {
        if (at + needle.length > length) {
            return false;
        }
        for (int j = 1; j < needle.length; j++) {
            if (bytes[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /** The byte after a match must not continue a file name ({@code 1.0} in {@code 1.0.1} is no match). */
    private static boolean isBoundary(FileChannel channel, long after) throws IOException {
        ByteBuffer next = ByteBuffer.allocate(1);
        if (channel.read(next, after) <= 0) {
            return true;
        }
        int b = next.get(0);
        return !(Character.isLetterOrDigit(b) || b == '.' || b == '-' || b == '_' || b == '+');
    }

    private static String textAt(FileChannel channel, long offset) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(LONGEST_TEXT);
        channel.read(buffer, offset);
        int end = 0;
        while (end < buffer.position() && !endsText(buffer.get(end))) {
            end++;
        }
        return new String(buffer.array(), 0, end, StandardCharsets.UTF_8);
    }

    private static boolean endsText(byte b) {
        return b == 0 || b == '"' || b == '\'' || b == ':' || b == ';' || Character.isWhitespace(b) || b < 0x20;
    }
}
