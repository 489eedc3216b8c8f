package org.ltsports.ports.bottle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.Trees;
import org.ltsports.ports.fetch.DownloadCache;

/**
 * Packs a keg into a bottle: a deterministic tar.gz whose top directory is {@code <name>/<versionDir>/}
 * (as in Homebrew), with the prefix and the LTS root replaced by placeholders where that can be
 * undone (text files, ELF search paths and interpreters), plus the sidecar. The keg is not changed.
 */
public final class BottleWriter {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final ElfPaths elf;

    public BottleWriter() {
        this(ElfPaths.standard());
    }

    public BottleWriter(ElfPaths elf) {
        this.elf = elf;
    }

    /**
     * Writes {@code <outDir>/<bottle name>} and {@code <outDir>/<bottle name>.json}, replacing
     * earlier ones; each appears whole or not at all.
     *
     * @throws PortsException failed when the keg holds a symlink leading out of it, a special file,
     *                        or cannot be read
     */
    public LocalBottle write(Path kegDir, KegFacts facts, Path outDir) {
        if (!Files.isDirectory(kegDir, NOFOLLOW)) {
            throw PortsException.failed("cannot bottle " + facts.name() + ": no keg at " + kegDir);
        }
        BottleName name = facts.bottleName();
        Path workDir = null;
        Path temp = null;
        try {
            Files.createDirectories(outDir);
            workDir = Files.createTempDirectory(outDir, "." + facts.name() + ".bottling-");
            temp = workDir.resolve(name.fileName());
            List<Relocation> relocations;
            try (OutputStream out = Files.newOutputStream(temp); BottleTar tar = new BottleTar(out)) {
                relocations = pack(kegDir.toAbsolutePath().normalize(), facts, tar, workDir);
            }
            Path tarball = outDir.resolve(name.fileName());
            BottleSidecar sidecar = BottleSidecar.of(facts, DownloadCache.sha256(temp), relocations);
            AtomicWrite.moveIntoPlace(temp, tarball);
            Path sidecarFile = outDir.resolve(name.sidecarFileName());
            sidecar.write(sidecarFile);
            return new LocalBottle(tarball, sidecarFile, sidecar);
        } catch (IOException e) {
            throw PortsException.failed("cannot bottle " + facts.name() + " into " + outDir + ": " + e.getMessage(), e);
        } finally {
            if (workDir != null) {
                Trees.delete(workDir);
            }
        }
    }

    private List<Relocation> pack(Path keg, KegFacts facts, BottleTar tar, Path workDir) throws IOException {
        String top = facts.name() + "/" + facts.versionDir();
        tar.directory(facts.name(), 0755);
        tar.directory(top, mode(keg));
        PackingRelocator relocator = new PackingRelocator(facts, elf, workDir);
        List<Relocation> relocations = new ArrayList<>();
        for (Path path : sortedContents(keg)) {
            String relative = keg.relativize(path).toString();
            String entry = top + "/" + relative;
            if (Files.isSymbolicLink(path)) {
                tar.symlink(entry, KegLinks.targetInside(keg, path));
            } else if (Files.isDirectory(path, NOFOLLOW)) {
                tar.directory(entry, mode(path));
            } else if (Files.isRegularFile(path, NOFOLLOW)) {
                PackedFile packed = relocator.pack(path, relative);
                try (InputStream content = packed.open()) {
                    tar.file(entry, mode(path), packed.size(), content);
                }
                relocations.addAll(packed.relocations());
            } else {
                throw PortsException.failed("cannot bottle " + facts.name() + ": " + relative
                        + " is a device, FIFO or socket");
            }
        }
        return relocations;
    }

    /** Everything below the keg, parents before children, in an order that does not depend on the file system. */
    private static List<Path> sortedContents(Path keg) throws IOException {
        try (Stream<Path> walk = Files.walk(keg)) {
            return walk.filter(p -> !p.equals(keg))
                    .sorted(Comparator.comparing(p -> keg.relativize(p).toString()))
                    .toList();
        }
    }

    private static int mode(Path path) throws IOException {
        return ((Integer) Files.getAttribute(path, "unix:mode", NOFOLLOW)) & 07777;
    }
}
