package org.ltsports.base.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ltsports.base.BaseException;

/**
 * What the dynamic loader and the ABI checks need to know of one ELF file, read from its headers
 * and tables only (never the whole file). ELF32 and ELF64, either byte order.
 *
 * @param path           the file read
 * @param type           executable, shared object (also a PIE executable), relocatable, ...
 * @param machine        e_machine (62 is x86-64)
 * @param dynamic        has PT_DYNAMIC; false for a binary linked with {@code -static}
 * @param interpreter    PT_INTERP, the dynamic loader it names
 * @param needed         DT_NEEDED, in order
 * @param soname         DT_SONAME
 * @param rpath          DT_RPATH entries, as written ({@code $ORIGIN} unexpanded)
 * @param runpath        DT_RUNPATH entries
 * @param versionsDefined the version names this file defines (.gnu.version_d), without the base entry
 * @param versionNeeds   the versions it needs from each library (.gnu.version_r)
 * @param symbols        .dynsym without its null entry; empty when the file has no section headers
 */
public record ElfFile(Path path, ElfType type, int machine, boolean dynamic, Optional<String> interpreter,
                      List<String> needed, Optional<String> soname, List<String> rpath, List<String> runpath,
                      List<String> versionsDefined, List<VersionNeed> versionNeeds, List<ElfSymbol> symbols) {

    public ElfFile {
        needed = List.copyOf(needed);
        rpath = List.copyOf(rpath);
        runpath = List.copyOf(runpath);
        versionsDefined = List.copyOf(versionsDefined);
        versionNeeds = List.copyOf(versionNeeds);
        symbols = List.copyOf(symbols);
    }

    /**
     * Reads the ELF facts of a file; empty for anything that is not an ELF file (text, data,
     * directories, devices). A damaged ELF file is a {@link BaseException}.
     */
    public static Optional<ElfFile> read(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(path)) {
            if (channel.size() < 64) {
                return Optional.empty();
            }
            ByteBuffer ident = ByteBuffer.allocate(16);
            channel.read(ident, 0);
            if (ident.getInt(0) != 0x7f454c46 || ident.get(4) < 1 || ident.get(4) > 2 || ident.get(5) < 1
                    || ident.get(5) > 2) {
                return Optional.empty();
            }
            ByteOrder order = ident.get(5) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            return Optional.of(read(new ElfInput(channel, path.toString(), order, ident.get(4) == 2), path));
        } catch (IOException e) {
            throw new BaseException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static ElfFile read(ElfInput in, Path path) throws IOException {
        ElfHeader header = ElfHeader.read(in);
        Optional<ElfHeader.Segment> interp = header.segment(ElfHeader.PT_INTERP);
        Optional<String> interpreter = interp.isEmpty() ? Optional.empty()
                : Optional.of(ElfInput.string(in.read(interp.get().offset(), interp.get().fileSize()), 0));
        Optional<ElfHeader.Segment> dynamicSegment = header.segment(ElfHeader.PT_DYNAMIC);
        DynamicEntries dynamic = dynamicSegment.isEmpty() ? DynamicEntries.NONE
                : DynamicEntries.read(in, header, dynamicSegment.get());
        StringTables strings = new StringTables(in, header);
        SymbolVersions versions = SymbolVersions.read(in, header, strings);
        boolean program = interpreter.isPresent() || header.type() == ElfType.EXECUTABLE;
        List<ElfSymbol> symbols = DynamicSymbols.read(in, header, strings, versions, program);
        return new ElfFile(path, header.type(), header.machine(), dynamicSegment.isPresent(), interpreter,
                dynamic.needed(), dynamic.soname(), dynamic.rpath(), dynamic.runpath(), versions.definedNames(),
                versions.needs(), symbols);
    }

    /**
     * A static binary: nothing is loaded with it at run time. No PT_DYNAMIC ({@code gcc -static}), or
     * a dynamic section without interpreter, needed libraries or SONAME ({@code gcc -static-pie}).
     */
    public boolean isStatic() {
        return type != ElfType.RELOCATABLE
                && (!dynamic || interpreter.isEmpty() && needed.isEmpty() && soname.isEmpty());
    }

    /** A shared library others link against: has a SONAME (a PIE executable has none). */
    public boolean isSharedLibrary() {
        return type == ElfType.SHARED && soname.isPresent();
    }

    /** The symbols it exports (see {@link ElfSymbol#isExport()}). */
    public List<ElfSymbol> exports() {
        return symbols.stream().filter(ElfSymbol::isExport).toList();
    }

    /** The symbols it imports (see {@link ElfSymbol#isImport()}). */
    public List<ElfSymbol> imports() {
        return symbols.stream().filter(ElfSymbol::isImport).toList();
    }
}
