package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.fetch.DownloadCache;

/**
 * The {@code index.json} of a bottle root: every bottle in the directory with what a machine needs
 * to choose one before downloading it. Written by {@code ports bottle --all}; a directory served
 * by any static HTTP server then works as a bottle root for many machines.
 */
public final class BottleIndex {
    public static final String FILE = "index.json";
    public static final int FORMAT = 1;

    /** The file as JSON. */
    record IndexFile(int format, List<BottleEntry> bottles) {
    }

    private BottleIndex() {
    }

    /**
     * Checks every bottle in {@code dir} against its sidecar and writes {@code dir/index.json}
     * (whole or not at all, readable by all), sorted by file name.
     *
     * @return the bottles listed
     * @throws PortsException integrity when a bottle's sha256 is not its sidecar's; failed when a
     *                        bottle has no sidecar
     */
    public static List<BottleEntry> write(Path dir) {
        List<BottleEntry> entries = scan(dir);
        for (BottleEntry entry : entries) {
            String actual = DownloadCache.sha256(dir.resolve(entry.file()));
            if (!actual.equals(entry.sha256())) {
                throw PortsException.integrity("the bottle " + entry.file() + " in " + dir + " has sha256 " + actual
                        + ", its sidecar says " + entry.sha256() + "; bottle it again or remove it");
            }
        }
        try {
            AtomicWrite.string(dir.resolve(FILE), BottleSidecar.GSON.toJson(new IndexFile(FORMAT, entries)) + "\n");
        } catch (IOException e) {
            throw PortsException.failed("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /** The bottles in {@code dir} as their sidecars describe them (the tarballs are not read). */
    public static List<BottleEntry> scan(Path dir) {
        List<Path> tarballs;
        try (Stream<Path> files = Files.list(dir)) {
            tarballs = files.filter(p -> isBottleName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw PortsException.failed("cannot read the bottle directory " + dir + ": " + e.getMessage(), e);
        }
        List<BottleEntry> entries = new ArrayList<>();
        for (Path tarball : tarballs) {
            Path sidecarFile = tarball.resolveSibling(tarball.getFileName() + BottleName.SIDECAR_SUFFIX);
            if (!Files.isRegularFile(sidecarFile)) {
                throw PortsException.failed("the bottle " + tarball + " has no sidecar " + sidecarFile.getFileName()
                        + "; bottle it again or remove it");
            }
            BottleSidecar sidecar = BottleSidecar.read(sidecarFile);
            if (!sidecar.bottleName().fileName().equals(tarball.getFileName().toString())) {
                throw PortsException.integrity("the sidecar " + sidecarFile + " describes " + sidecar.bottleName());
            }
            entries.add(BottleEntry.of(sidecar, DownloadCache.sha256(sidecarFile)));
        }
        return entries;
    }

    /** Reads an index; {@code where} names it in messages. */
    static List<BottleEntry> parse(String json, String where) {
        IndexFile index;
        try {
            index = BottleSidecar.GSON.fromJson(json, IndexFile.class);
        } catch (RuntimeException e) {
            throw invalid(where, e);
        }
        if (index == null || index.format() != FORMAT || index.bottles() == null) {
            throw PortsException.integrity("the bottle index " + where + " is not an index of format " + FORMAT);
        }
        return List.copyOf(index.bottles());
    }

    private static boolean isBottleName(String fileName) {
        return !fileName.startsWith(".") && fileName.endsWith(BottleName.SUFFIX);
    }

    private static PortsException invalid(String where, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortsException ports) {
                return PortsException.integrity("the bottle index " + where + " is not valid: " + ports.getMessage());
            }
        }
        return PortsException.integrity("the bottle index " + where + " is not valid JSON: " + e.getMessage());
    }
}
