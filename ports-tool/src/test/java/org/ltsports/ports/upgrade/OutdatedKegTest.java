package org.ltsports.ports.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.prefix.receipt.Receipt;

class OutdatedKegTest {

    @TempDir
    Path dir;

    private void recipe(String name, String version, int revision) throws IOException {
        Files.writeString(dir.resolve(name + ".toml"), String.join("\n",
                "name = \"" + name + "\"", "version = \"" + version + "\"", "revision = " + revision,
                "summary = \"a test recipe\"", "", "[source]", "url = \"https://example.org/" + name + ".tar.gz\"",
                "sha256 = \"" + "0".repeat(64) + "\"", ""));
    }

    private static Receipt installed(String name, String version, int revision) {
        String dirName = revision > 0 ? version + "_" + revision : version;
        return new Receipt(name, version, revision, "/p/Cellar/" + name + "/" + dirName, true, Instant.EPOCH, "1.0",
                null, null, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aNewerVersionOrRevisionOfTheRecipeMakesTheKegOutdated() throws IOException {
        recipe("newer", "2.10", 0);
        recipe("revised", "1.0", 2);
        recipe("current", "1.0", 1);
        recipe("older", "0.9", 0);
        List<Receipt> receipts = List.of(installed("newer", "2.9", 3), installed("revised", "1.0", 1),
                installed("current", "1.0", 1), installed("older", "1.0", 0), installed("orphan", "1.0", 0));

        assertEquals(List.of(new OutdatedKeg("newer", "2.9_3", "2.10"), new OutdatedKeg("revised", "1.0_1", "1.0_2")),
                OutdatedKeg.find(new RecipeBook(dir), receipts));
    }
}
