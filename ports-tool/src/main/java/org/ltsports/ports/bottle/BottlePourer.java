package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.Trees;
import org.ltsports.ports.fetch.DownloadCache;
import org.ltsports.ports.unpack.Unpacker;

/**
 * Pours a bottle into a staging directory for a prefix: checks its sha256, unpacks it with the
 * {@link Unpacker} (so a hostile archive is refused as any source archive would be), and relocates
 * it from the placeholders and the build's paths to {@code newPrefix} and {@code newLtsRoot}.
 * Renaming the staged keg into the Cellar and linking it are the caller's.
 */
public final class BottlePourer {
    private final ElfPaths elf;

    public BottlePourer() {
        this(ElfPaths.standard());
    }

    public BottlePourer(ElfPaths elf) {
        this.elf = elf;
    }

    /** {@link #pour(Path, Path, Path, Path, Path)} for a bottle fetched from a {@link BottleRoot} or just written. */
    public Path pour(LocalBottle bottle, Path stagingDir, Path newPrefix, Path newLtsRoot) {
        return pour(bottle.tarball(), bottle.sidecarFile(), stagingDir, newPrefix, newLtsRoot);
    }

    /**
     * Unpacks {@code bottle} into {@code <stagingDir>/<name>/} and relocates it.
     *
     * @return the staged keg, {@code <stagingDir>/<name>/<versionDir>}
     * @throws PortsException integrity (exit 4) when the tarball's sha256 is not the sidecar's, the
     *                        archive is hostile, or it does not hold what the sidecar says; refused
     *                        (exit 3) when the bottle has paths compiled into binaries and
     *                        {@code newPrefix} (or {@code newLtsRoot}) is longer than the path it
     *                        was built with. Nothing is left in {@code stagingDir} after a failure.
     */
    public Path pour(Path bottle, Path sidecarFile, Path stagingDir, Path newPrefix, Path newLtsRoot) {
        BottleSidecar sidecar = BottleSidecar.read(sidecarFile);
        String prefix = newPrefix.toAbsolutePath().normalize().toString();
        String ltsRoot = newLtsRoot.toAbsolutePath().normalize().toString();
        checkSha256(bottle, sidecar);
        EmbeddedLengths.check(sidecar, prefix, ltsRoot).ifPresent(reason -> {
            throw PortsException.refused("cannot pour " + bottle.getFileName() + ": " + reason);
        });
        Path unpacked = stagingDir.resolve(sidecar.name());
        if (Files.exists(unpacked, LinkOption.NOFOLLOW_LINKS)) {
            throw PortsException.refused("cannot pour " + bottle.getFileName() + ": " + unpacked + " already exists");
        }
        boolean done = false;
        try {
            Unpacker.unpack(bottle, unpacked);
            Path keg = unpacked.resolve(sidecar.versionDir());
            if (!Files.isDirectory(keg, LinkOption.NOFOLLOW_LINKS)) {
                throw PortsException.integrity("the bottle " + bottle.getFileName() + " does not hold "
                        + sidecar.name() + "/" + sidecar.versionDir() + "/; it was not poured");
            }
            new PouringRelocator(sidecar, elf, keg.toAbsolutePath().normalize(), prefix, ltsRoot).relocate();
            done = true;
            return keg;
        } catch (IOException e) {
            throw PortsException.failed("cannot pour " + bottle.getFileName() + " into " + stagingDir + ": "
                    + e.getMessage(), e);
        } finally {
            if (!done) {
                Trees.delete(unpacked);
            }
        }
    }

    private static void checkSha256(Path bottle, BottleSidecar sidecar) {
        if (!Files.isRegularFile(bottle)) {
            throw PortsException.failed("no such bottle: " + bottle);
        }
        String actual = DownloadCache.sha256(bottle);
        if (!actual.equals(sidecar.sha256())) {
            throw PortsException.integrity("the bottle " + bottle.getFileName() + " is damaged or was tampered with:"
                    + " its sha256 is " + actual + ", its sidecar says " + sidecar.sha256() + "; it was not poured");
        }
    }
}
