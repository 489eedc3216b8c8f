package org.ltsports.ports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/** {@code ports search} in-process, through the one factory: output, JSON, exit codes, where the index lives. */
class SearchCommandTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void environment() throws IOException {
        env.put("HOME", dir.resolve("home").toString());
        env.put("PORTS_PREFIX", dir.resolve("prefix").toString());
        env.put("PORTS_LTS_ROOT", dir.resolve("lts").toString());
        env.put("PORTS_RECIPES", Files.createDirectories(dir.resolve("recipes")).toString());
        recipe("hello", "2.10", "Program that produces a familiar, friendly greeting");
        recipe("help2man", "1.49", "Makes manual pages from --help output");
        recipe("pcre2", "10.42", "Perl-compatible regular expressions");
    }

    private void recipe(String name, String version, String summary) throws IOException {
        Files.writeString(dir.resolve("recipes/" + name + ".toml"), "name = \"" + name + "\"\nversion = \"" + version
                + "\"\nsummary = \"" + summary + "\"\n\n[source]\nurl = \"https://example.org/" + name + ".tar.gz\"\n"
                + "sha256 = \"" + "a".repeat(64) + "\"\n");
    }

    private int execute(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return PortsCli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void install(String name, String version) {
        Prefix prefix = Prefix.create(dir.resolve("prefix"), "1.0");
        try (ReceiptDb receipts = ReceiptDb.open(prefix.database())) {
            receipts.record(new Receipt(name, version, 0, prefix.kegDir(name, version).toString(), true, Instant.now(),
                    "1.0", null, null, List.of(), List.of(), List.of(), List.of()));
        }
    }

    @Test
    void resultsAreRankedWithVersionInstalledStateAndSummaryInColumns() {
        install("help2man", "1.49");
        assertEquals(0, execute("search", "hel"));
        assertEquals("hello     2.10             Program that produces a familiar, friendly greeting\n"
                + "help2man  1.49  installed  Makes manual pages from --help output\n", out.toString());
    }

    @Test
    void jsonGivesEveryFieldAndWhyEachWasFound() {
        install("pcre2", "10.40");
        assertEquals(0, execute("search", "--json", "pcer2"));
        JsonArray hits = JsonParser.parseString(out.toString()).getAsJsonArray();
        assertEquals(1, hits.size());
        JsonObject hit = hits.get(0).getAsJsonObject();
        assertEquals("pcre2", hit.get("name").getAsString());
        assertEquals("10.42", hit.get("version").getAsString());
        assertEquals("close", hit.get("match").getAsString());
        assertEquals("10.40", hit.get("installed").getAsString());
        assertEquals("Perl-compatible regular expressions", hit.get("summary").getAsString());
    }

    @Test
    void nothingFoundIsExitCodeOneWithAnEmptyJsonList() {
        assertEquals(1, execute("search", "--json", "zzzqqq"));
        assertEquals("[]\n", out.toString());
        assertTrue(err.toString().startsWith("Error: no recipe matches 'zzzqqq'"), err.toString());
    }

    @Test
    void withoutAPrefixSearchWorksAndCreatesNone() {
        assertEquals(0, execute("search", "hello"));
        assertTrue(out.toString().startsWith("hello  2.10"), out.toString());
        assertFalse(Files.exists(dir.resolve("prefix")), "a search never creates the prefix");
    }

    @Test
    void withAPrefixTheIndexIsKeptInIt() {
        install("hello", "2.10");
        assertEquals(0, execute("search", "hello"));
        assertTrue(Files.isRegularFile(dir.resolve("prefix/var/ports/search.db")));
    }

    @Test
    void aCorruptIndexInThePrefixIsRebuiltNotReported() throws IOException {
        install("hello", "2.10");
        Files.writeString(dir.resolve("prefix/var/ports/search.db"), "garbage".repeat(1000));
        assertEquals(0, execute("search", "hello"));
        assertTrue(out.toString().startsWith("hello  2.10  installed"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aUsageErrorIsOneLine() {
        assertEquals(2, execute("search"));
        assertEquals("Error: Missing required parameter: '<word>'; see `ports search --help`\n", err.toString());
    }
}
