package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ltsports.ports.bottle.Relocation.Kind;
import org.ltsports.ports.bottle.Relocation.Root;

/**
 * Relocation while bottling, one keg file at a time, never touching the keg: text files get
 * placeholders for the prefix and the LTS root; ELF files get them in their search path and
 * interpreter (on a copy, with {@link ElfPaths}); remaining occurrences in binary files are recorded.
 */
final class PackingRelocator {
    private final ElfPaths elf;
    private final Path workDir;
    private final PathSubstitution paths;
    private final PathSubstitution bytes;
    private final byte[] prefix;
    private final byte[] ltsRoot;
    private int copies;

    PackingRelocator(KegFacts facts, ElfPaths elf, Path workDir) {
        this.elf = elf;
        this.workDir = workDir;
        this.paths = PathSubstitution.toPlaceholders(facts.prefix().toString(), facts.ltsRoot().toString());
        this.bytes = paths.forBytes();
        this.prefix = facts.prefix().toString().getBytes(StandardCharsets.UTF_8);
        this.ltsRoot = facts.ltsRoot().toString().getBytes(StandardCharsets.UTF_8);
    }

    PackedFile pack(Path file, String relative) throws IOException {
        return switch (FileKind.of(file)) {
            case TEXT -> packText(file, relative);
            case ELF -> packElf(file, relative);
            case BINARY -> PackedFile.of(file, embedded(file, relative));
        };
    }

    private PackedFile packText(Path file, String relative) throws IOException {
        byte[] data = Files.readAllBytes(file);
        PathSubstitution.Result result = bytes.apply(new String(data, StandardCharsets.ISO_8859_1));
        if (result.count() == 0) {
            return PackedFile.of(data, List.of());
        }
        return PackedFile.of(result.text().getBytes(StandardCharsets.ISO_8859_1),
                List.of(Relocation.text(relative, result.count())));
    }

    private PackedFile packElf(Path file, String relative) throws IOException {
        ElfLinkage linkage = elf.read(file).orElse(ElfLinkage.NONE);
        List<Relocation> relocations = new ArrayList<>();
        ElfLinkage placeholders = new ElfLinkage(Optional.empty(), Optional.empty(), linkage.runpath());
        Optional<String> interpreter = substituted(linkage.interpreter());
        if (interpreter.isPresent()) {
            placeholders = placeholders.withInterpreter(interpreter.get());
            relocations.add(Relocation.elf(Kind.INTERPRETER, relative, linkage.interpreter().get(), interpreter.get()));
        }
        Optional<String> searchPath = substituted(linkage.searchPath());
        if (searchPath.isPresent()) {
            placeholders = placeholders.withSearchPath(searchPath.get());
            relocations.add(Relocation.elf(linkage.runpath() ? Kind.RUNPATH : Kind.RPATH, relative,
                    linkage.searchPath().get(), searchPath.get()));
        }
        Path content = file;
        if (!relocations.isEmpty()) {
            content = workDir.resolve("elf-" + (++copies));
            Files.copy(file, content, StandardCopyOption.COPY_ATTRIBUTES);
            elf.write(content, placeholders);
        }
        relocations.addAll(embedded(content, relative));
        return PackedFile.of(content, relocations);
    }

    /** The value with placeholders, when it names the prefix or the LTS root. */
    private Optional<String> substituted(Optional<String> value) {
        return value.map(paths::apply).filter(r -> r.count() > 0).map(PathSubstitution.Result::text);
    }

    /** Occurrences of the prefix and the LTS root; where one path starts the other, the longer wins. */
    private List<Relocation> embedded(Path file, String relative) throws IOException {
        List<Long> inPrefix = new ArrayList<>(EmbeddedPaths.find(file, prefix));
        List<Long> inLtsRoot = new ArrayList<>(EmbeddedPaths.find(file, ltsRoot));
        if (prefix.length > ltsRoot.length) {
            inLtsRoot.removeAll(inPrefix);
        } else {
            inPrefix.removeAll(inLtsRoot);
        }
        List<Relocation> found = new ArrayList<>();
        if (!inPrefix.isEmpty()) {
            found.add(Relocation.embedded(relative, Root.PREFIX, inPrefix));
        }
        if (!inLtsRoot.isEmpty()) {
            found.add(Relocation.embedded(relative, Root.LTS_ROOT, inLtsRoot));
        }
        return found;
    }
}
