package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.bottle.Relocation.Kind;
import org.ltsports.ports.bottle.Relocation.Root;

/**
 * Undoes a bottle's relocations in a freshly unpacked keg, for a new prefix and LTS root:
 * placeholders in text files, then the embedded C strings (at the offsets the bottle has, before
 * anything moves them), then ELF search paths and interpreters. File modes stay as they are.
 */
final class PouringRelocator {
    private final BottleSidecar sidecar;
    private final ElfPaths elf;
    private final Path keg;
    private final PathSubstitution paths;
    private final PathSubstitution bytes;
    private final String prefix;
    private final String ltsRoot;

    PouringRelocator(BottleSidecar sidecar, ElfPaths elf, Path keg, String prefix, String ltsRoot) {
        this.sidecar = sidecar;
        this.elf = elf;
        this.keg = keg;
        this.prefix = prefix;
        this.ltsRoot = ltsRoot;
        this.paths = PathSubstitution.fromPlaceholders(prefix, ltsRoot);
        this.bytes = paths.forBytes();
    }

    void relocate() throws IOException {
        for (Relocation r : sidecar.relocations()) {
            if (r.kind() == Kind.TEXT) {
                relocateText(fileOf(r));
            } else if (r.kind() == Kind.EMBEDDED) {
                Path file = fileOf(r);
                byte[] from = (r.root() == Root.PREFIX ? sidecar.prefix() : sidecar.ltsRoot()).getBytes(StandardCharsets.UTF_8);
                byte[] to = (r.root() == Root.PREFIX ? prefix : ltsRoot).getBytes(StandardCharsets.UTF_8);
                WritableFile.whileWritable(file, () -> EmbeddedPaths.rewrite(file, r.offsets(), from, to));
            }
        }
        for (Relocation r : sidecar.relocations()) {
            if (r.isElf()) {
                relocateElf(fileOf(r), r);
            }
        }
    }

    private void relocateText(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        PathSubstitution.Result result = bytes.apply(text);
        if (result.count() > 0) {
            WritableFile.whileWritable(file, () -> Files.write(file, result.text().getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    private void relocateElf(Path file, Relocation r) throws IOException {
        ElfLinkage now = elf.read(file).orElseThrow(() -> notAsRecorded(r, "is not an ELF file"));
        String current = (r.kind() == Kind.INTERPRETER ? now.interpreter() : now.searchPath()).orElse(null);
        if (!r.to().equals(current)) {
            throw notAsRecorded(r, "has " + (r.kind() == Kind.INTERPRETER ? "interpreter " : "search path ") + current
                    + ", not " + r.to());
        }
        String relocated = paths.apply(current).text();
        ElfLinkage wanted = new ElfLinkage(Optional.empty(), Optional.empty(), r.kind() == Kind.RUNPATH);
        elf.write(file, r.kind() == Kind.INTERPRETER ? wanted.withInterpreter(relocated) : wanted.withSearchPath(relocated));
    }

    /** The keg file a relocation names: a regular file inside the keg, not reached through a link. */
    private Path fileOf(Relocation r) throws IOException {
        Path file = keg.resolve(r.file()).normalize();
        if (!file.startsWith(keg) || file.equals(keg) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().equals(keg.toRealPath().resolve(keg.relativize(file)))) {
            throw notAsRecorded(r, "is not a regular file in the keg");
        }
        return file;
    }

    private static PortsException notAsRecorded(Relocation r, String why) {
        return PortsException.integrity("the bottle does not match its sidecar: " + r.file() + " " + why
                + "; it was not poured");
    }
}
