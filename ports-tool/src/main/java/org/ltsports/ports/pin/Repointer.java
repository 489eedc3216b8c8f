package org.ltsports.ports.pin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.base.elf.ElfFile;
import org.ltsports.base.elf.TextReferences;
import org.ltsports.ports.PortsException;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.journal.Step;

/**
 * Re-points a keg from one release to another without rebuilding it: the interpreter, DT_RPATH
 * and text references of each file the plan names. Each file is rewritten as a copy in the
 * journal's scratch directory and swapped in by journal steps, so a failure or a crash puts the
 * original back. Paths of the same length are rewritten in place in the copy (ELF and text
 * alike); otherwise patchelf rewrites interpreter and RPATH and text files are edited as text.
 */
final class Repointer {

    private final String from;
    private final String to;

    Repointer(String fromReleasePath, String toReleasePath) {
        this.from = fromReleasePath;
        this.to = toReleasePath;
    }

    /** @param files the keg's files (relative to {@code kegRoot}) that name the old release */
    void repoint(Path kegRoot, List<String> files, Journal journal) throws IOException {
        List<Step> steps = new ArrayList<>();
        for (String relative : files) {
            Path file = kegRoot.resolve(relative);
            String inPrefix = journal.context().relative(file);
            if (Files.isSymbolicLink(file)) {
                String target = Files.readSymbolicLink(file).toString();
                steps.add(new Step.ReplaceLink(inPrefix, target, replaced(target)));
                continue;
            }
            Path copy = journal.context().resolve(journal.asidePath("repoint-" + file.getFileName()));
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            copy.toFile().setWritable(true, true);
            rewrite(copy);
            Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(file));
            steps.add(new Step.Move(inPrefix, journal.asidePath("original-" + file.getFileName())));
            steps.add(new Step.Move(journal.context().relative(copy), inPrefix));
        }
        journal.perform(steps);
    }

    private void rewrite(Path copy) throws IOException {
        if (from.length() == to.length()) {
            TextReferences.rewriteSameLength(copy, from, to);
            return;
        }
        var elf = ElfFile.read(copy);
        if (elf.isPresent()) {
            patchelf(copy, elf.get());
        } else {
            String text = Files.readString(copy, StandardCharsets.ISO_8859_1);
            Files.writeString(copy, text.replace(from, to), StandardCharsets.ISO_8859_1);
        }
    }

    private void patchelf(Path copy, ElfFile elf) throws IOException {
        List<String> command = new ArrayList<>(List.of("patchelf"));
        elf.interpreter().filter(i -> i.startsWith(from)).ifPresent(i -> {
            command.add("--set-interpreter");
            command.add(replaced(i));
        });
        if (!elf.rpath().isEmpty()) {
            command.addAll(List.of("--force-rpath", "--set-rpath", replaced(String.join(":", elf.rpath()))));
        } else if (!elf.runpath().isEmpty()) {
            command.addAll(List.of("--set-rpath", replaced(String.join(":", elf.runpath()))));
        }
        command.add(copy.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw PortsException.failed("patchelf could not re-point " + copy.getFileName() + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PortsException.failed("interrupted while re-pointing " + copy.getFileName());
        }
    }

    private String replaced(String text) {
        return text.replace(from, to);
    }
}
