package org.ltsports.ports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.search.InstalledVersions;
import org.ltsports.ports.search.SearchHit;
import org.ltsports.ports.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Find recipes by name, summary, keywords and homepage, best match first:"
        + " the exact name, names starting with the query, then text matches; close names when a word is mistyped.",
        footer = {"", "Examples:", "  ports search hello", "  ports search --json regular expression",
                "  ports search pcer2                 finds pcre2"})
final class Search extends PortsCommand {

    @Parameters(arity = "1..*", paramLabel = "<word>", description = "What to look for; every word must match.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20", description = "At most this many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        String query = String.join(" ", words);
        List<SearchHit> hits;
        try (SearchIndex index = SearchIndex.forPrefix(session.recipes(), session.existingPrefix())) {
            index.refresh();
            hits = index.query(query, limit);
        }
        Map<String, String> installed = InstalledVersions.of(session.existingPrefix());
        if (output.json) {
            session.out().println(Json.write(hits.stream().map(hit -> json(hit, installed.get(hit.name()))).toList()));
        } else {
            if (!hits.isEmpty() && hits.stream().allMatch(hit -> hit.match() == SearchHit.Match.CLOSE)) {
                session.err().println("==> Nothing matches '" + query + "'; close names:");
            }
            print(session.out(), hits, installed);
        }
        if (hits.isEmpty()) {
            throw PortsException.failed("no recipe matches '" + query + "'; `ports search` looks at names, summaries,"
                    + " keywords and homepages");
        }
        return 0;
    }

    /** One line per hit: name, version, installed state, summary; columns as wide as this result needs. */
    static void print(PrintWriter out, List<SearchHit> hits, Map<String, String> installed) {
        int nameWidth = hits.stream().mapToInt(hit -> hit.name().length()).max().orElse(0);
        int versionWidth = hits.stream().mapToInt(hit -> version(hit).length()).max().orElse(0);
        int stateWidth = hits.stream().mapToInt(hit -> state(hit, installed.get(hit.name())).length()).max().orElse(0);
        for (SearchHit hit : hits) {
            String state = state(hit, installed.get(hit.name()));
            String line = pad(hit.name(), nameWidth) + "  " + pad(version(hit), versionWidth) + "  "
                    + (stateWidth == 0 ? "" : pad(state, stateWidth) + "  ")
                    + (hit.valid() ? hit.summary() : "(the recipe has errors; `ports info " + hit.name() + "` shows them)");
            out.println(line.stripTrailing());
        }
    }

    private static String version(SearchHit hit) {
        return hit.valid() ? hit.version() : "?";
    }

    /** "installed", "installed 2.9" when the keg is older or newer than the recipe, or "". */
    private static String state(SearchHit hit, String installedVersion) {
        if (installedVersion == null) {
            return "";
        }
        return installedVersion.equals(hit.version()) ? "installed" : "installed " + installedVersion;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static Map<String, Object> json(SearchHit hit, String installedVersion) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", hit.name());
        map.put("version", hit.version());
        map.put("summary", hit.summary());
        map.put("homepage", hit.homepage());
        map.put("match", hit.match().name().toLowerCase(java.util.Locale.ROOT));
        map.put("installed", installedVersion);
        map.put("valid", hit.valid());
        return map;
    }
}
