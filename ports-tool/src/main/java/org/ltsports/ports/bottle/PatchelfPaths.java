package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ltsports.base.elf.ElfFile;
import org.ltsports.ports.PortsException;

/**
 * {@link ElfPaths} that reads headers in Java (the base adapter's {@link ElfFile}) and rewrites them with
 * {@code patchelf}. A value beginning with {@code @} (as the placeholders do) is handed over in a
 * file, since patchelf 0.14 and newer read {@code @<file>} arguments from that file. Every
 * rewrite is read back, so a patchelf that did something else is caught.
 */
final class PatchelfPaths implements ElfPaths {
    private static final String PATCHELF = "patchelf";

    @Override
    public Optional<ElfLinkage> read(Path file) throws IOException {
        return ElfFile.read(file).map(PatchelfPaths::linkageOf);
    }

    static ElfLinkage linkageOf(ElfFile elf) {
        if (!elf.runpath().isEmpty()) {
            return new ElfLinkage(elf.interpreter(), Optional.of(String.join(":", elf.runpath())), true);
        }
        Optional<String> rpath = elf.rpath().isEmpty() ? Optional.empty() : Optional.of(String.join(":", elf.rpath()));
        return new ElfLinkage(elf.interpreter(), rpath, false);
    }

    @Override
    public void write(Path file, ElfLinkage linkage) throws IOException {
        if (linkage.interpreter().isEmpty() && linkage.searchPath().isEmpty()) {
            return;
        }
        List<Path> argumentFiles = new ArrayList<>();
        try {
            List<String> command = new ArrayList<>(List.of(PATCHELF));
            if (linkage.searchPath().isPresent()) {
                if (!linkage.runpath()) {
                    command.add("--force-rpath");
                }
                command.add("--set-rpath");
                command.add(argument(linkage.searchPath().get(), argumentFiles));
            }
            if (linkage.interpreter().isPresent()) {
                command.add("--set-interpreter");
                command.add(argument(linkage.interpreter().get(), argumentFiles));
            }
            command.add(file.toString());
            WritableFile.whileWritable(file, () -> run(command, file));
        } finally {
            for (Path argumentFile : argumentFiles) {
                Files.deleteIfExists(argumentFile);
            }
        }
        checkWritten(file, linkage);
    }

    private static String argument(String value, List<Path> argumentFiles) throws IOException {
        if (!value.startsWith("@")) {
            return value;
        }
        Path file = Files.createTempFile("ports-patchelf-", ".arg");
        argumentFiles.add(file);
        Files.write(file, value.getBytes(StandardCharsets.UTF_8));
        return "@" + file;
    }

    private static void run(List<String> command, Path file) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw PortsException.failed("patchelf is needed to relocate ELF files in bottles and was not found"
                    + " (Debian: apt-get install patchelf): " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (process.waitFor() != 0) {
                throw PortsException.failed("patchelf could not rewrite " + file + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PortsException.failed("interrupted while rewriting " + file);
        }
    }

    private void checkWritten(Path file, ElfLinkage wanted) throws IOException {
        ElfLinkage now = read(file).orElse(ElfLinkage.NONE);
        boolean interpreterOk = wanted.interpreter().isEmpty() || wanted.interpreter().equals(now.interpreter());
        boolean searchPathOk = wanted.searchPath().isEmpty()
                || (wanted.searchPath().equals(now.searchPath()) && wanted.runpath() == now.runpath());
        if (!interpreterOk || !searchPathOk) {
            throw PortsException.failed("patchelf did not set the paths of " + file + " as asked (wanted "
                    + wanted + ", found " + now + "); is patchelf 0.14 or newer installed?");
        }
    }
}
