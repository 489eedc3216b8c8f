package org.ltsports.base.abi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.base.BaseException;
import org.ltsports.base.elf.TextReferences;

/**
 * The facts of an installed keg, read from its files after install (for its receipt) or after a
 * rebuild (for early cutoff): the linkage of every ELF file and every file naming the release.
 * Links inside the keg are not followed; a link whose target names the release counts as a text
 * reference (its target is what to rewrite).
 */
public final class KegScanner {

    private final LinkageRecorder recorder;

    public KegScanner(LinkageRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * @param dependencies   the kegs it depends on at run time
     * @param baseComponents base components its recipe names beyond what ELF shows
     */
    public KegFacts scan(String name, Path kegRoot, List<String> dependencies, List<String> baseComponents) {
        String releasePath = recorder.release().path().toString();
        List<ElfLinkage> elfFiles = new ArrayList<>();
        List<TextReference> references = new ArrayList<>();
        List<Path> entries = walk(kegRoot);
        for (Path link : entries.stream().filter(Files::isSymbolicLink).toList()) {
            String target = readLink(link);
            if (target.equals(releasePath) || target.startsWith(releasePath + "/")) {
                references.add(new TextReference(kegRoot.relativize(link).toString(), List.of(target), false));
            }
        }
        for (Path file : entries.stream().filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
            recorder.record(kegRoot, file).ifPresent(elfFiles::add);
            TextReferences found = TextReferences.find(file, releasePath);
            if (!found.occurrences().isEmpty()) {
                references.add(new TextReference(kegRoot.relativize(file).toString(),
                        found.occurrences().stream().map(TextReferences.Occurrence::text).distinct().toList(),
                        found.binary()));
            }
        }
        return new KegFacts(name, dependencies, elfFiles, references, baseComponents);
    }

    private static List<Path> walk(Path kegRoot) {
        try (Stream<Path> walk = Files.walk(kegRoot)) {
            return walk.sorted().toList();
        } catch (IOException e) {
            throw new BaseException("cannot read the keg " + kegRoot + ": " + e.getMessage(), e);
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new BaseException("cannot read the link " + link + ": " + e.getMessage(), e);
        }
    }
}
