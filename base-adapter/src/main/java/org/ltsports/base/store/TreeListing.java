package org.ltsports.base.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ltsports.base.BaseException;

/**
 * One line per entry of a tree, sorted by path: {@code d path}, {@code f path x|- sha256} (the
 * executable bit and the content) or {@code l path target}. The tree hash is the sha256 of the
 * listing and the release's ABI tags; the store keeps the listing so that verify can name what changed.
 */
public record TreeListing(Map<String, String> entries) {

    public TreeListing {
        entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The listing of a tree, leaving out the top-level files named in {@code excluded}. */
    public static TreeListing of(Path tree, Set<String> excluded) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String relative = tree.relativize(path).toString();
                if (relative.isEmpty() || excluded.contains(relative)) {
                    continue;
                }
                entries.put(relative, describe(path));
            }
        } catch (IOException e) {
            throw new BaseException("cannot read the tree " + tree + ": " + e.getMessage(), e);
        }
        return new TreeListing(entries);
    }

    public static TreeListing parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                entries.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new TreeListing(entries);
    }

    /** The listing as text: {@code path<TAB>description} per line. */
    public String text() {
        StringBuilder text = new StringBuilder();
        entries.forEach((path, description) -> text.append(path).append('\t').append(description).append('\n'));
        return text.toString();
    }

    /** sha256 over the listing and the ABI tags. */
    public String hash(Map<String, String> abiTags) {
        MessageDigest sha = sha256();
        sha.update(text().getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(abiTags).forEach((k, v) -> sha.update(("abi-tag " + k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** What differs from an earlier listing, in words: {@code usr/lib/libz.so.1 changed}. */
    public List<String> differencesFrom(TreeListing earlier) {
        List<String> differences = new ArrayList<>();
        earlier.entries.forEach((path, description) -> {
            String now = entries.get(path);
            if (now == null) {
                differences.add(path + " removed");
            } else if (!now.equals(description)) {
                differences.add(path + " changed");
            }
        });
        entries.keySet().stream().filter(p -> !earlier.entries.containsKey(p)).forEach(p -> differences.add(p + " added"));
        return differences;
    }

    private static String describe(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return "l " + Files.readSymbolicLink(path);
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "d";
        }
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return "f " + (isExecutable(path) ? "x " : "- ") + HexFormat.of().formatHex(sha.digest());
    }

    private static boolean isExecutable(Path path) throws IOException {
        return Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
