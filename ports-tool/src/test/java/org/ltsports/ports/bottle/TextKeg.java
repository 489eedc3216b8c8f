package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A keg of text files only (a script and a config file naming the prefix), bottled quickly without gcc. */
final class TextKeg {

    private TextKeg() {
    }

    static LocalBottle bottle(Path prefix, String name, String release, Path outDir) throws IOException {
        Path keg = Files.createDirectories(prefix.resolve("Cellar").resolve(name).resolve("1.0"));
        Files.createDirectories(keg.resolve("bin"));
        Path script = Files.writeString(keg.resolve("bin").resolve(name),
                "#!/bin/sh\necho \"" + name + " in " + prefix + "\"\n");
        script.toFile().setExecutable(true, false);
        Files.createDirectories(keg.resolve("etc"));
        Files.writeString(keg.resolve("etc").resolve(name + ".conf"), "data=" + prefix + "/share/" + name + "\n");
        KegFacts facts = new KegFacts(name, "1.0", 0, release, "x86_64", prefix, Path.of("/lts"), List.of(),
                new java.util.TreeMap<>(Map.of("libc", "glibc-2.36")));
        return new BottleWriter().write(keg, facts, outDir);
    }
}
