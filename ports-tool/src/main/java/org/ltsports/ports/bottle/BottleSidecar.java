package org.ltsports.ports.bottle;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ltsports.ports.PortsException;

/**
 * The JSON file beside a bottle ({@code <bottle>.json}): what it is, the sha256 of the tarball,
 * where it was built (prefix and LTS root), what it needs (run-time dependencies, the ABI tag of
 * each base component), and the relocations the pourer has to undo.
 */
public record BottleSidecar(int format, String name, String version, int revision, String versionDir,
                            String release, String arch, String sha256, String prefix, String ltsRoot,
                            List<String> runtimeDependencies, SortedMap<String, String> abiTags,
                            List<Relocation> relocations) {
    public static final int FORMAT = 1;

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public BottleSidecar {
        runtimeDependencies = runtimeDependencies == null ? List.of() : List.copyOf(runtimeDependencies);
        abiTags = Collections.unmodifiableSortedMap(abiTags == null ? new TreeMap<>() : new TreeMap<>(abiTags));
        relocations = relocations == null ? List.of() : List.copyOf(relocations);
    }

    static BottleSidecar of(KegFacts facts, String sha256, List<Relocation> relocations) {
        return new BottleSidecar(FORMAT, facts.name(), facts.version(), facts.revision(), facts.versionDir(),
                facts.release(), facts.arch(), sha256, facts.prefix().toString(), facts.ltsRoot().toString(),
                facts.runtimeDependencies(), facts.abiTags(), relocations);
    }

    /**
     * Reads a sidecar.
     *
     * @throws PortsException integrity when the file is not a sidecar this version understands
     */
    public static BottleSidecar read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PortsException.failed("cannot read the bottle sidecar " + file + ": " + e.getMessage(), e);
        }
        BottleSidecar sidecar;
        try {
            sidecar = GSON.fromJson(json, BottleSidecar.class);
        } catch (RuntimeException e) {
            throw notASidecar(file, e.getMessage());
        }
        if (sidecar == null || sidecar.format != FORMAT || sidecar.sha256 == null || sidecar.prefix == null
                || sidecar.ltsRoot == null || sidecar.versionDir == null) {
            throw notASidecar(file, "fields are missing or the format is not " + FORMAT);
        }
        try {
            sidecar.bottleName();
        } catch (PortsException e) {
            throw notASidecar(file, e.getMessage());
        }
        return sidecar;
    }

    /** Writes this sidecar as JSON, whole or not at all. */
    void write(Path file) throws IOException {
        AtomicWrite.string(file, GSON.toJson(this) + "\n");
    }

    public BottleName bottleName() {
        return new BottleName(name, versionDir, release, arch);
    }

    /** The embedded occurrences of {@code root}, which pour only where that path is not longer. */
    public List<Relocation> embedded(Relocation.Root root) {
        return relocations.stream().filter(r -> r.kind() == Relocation.Kind.EMBEDDED && r.root() == root).toList();
    }

    private static PortsException notASidecar(Path file, String why) {
        return PortsException.integrity("not a bottle sidecar of format " + FORMAT + ": " + file + " (" + why + ")");
    }
}
