package org.ltsports.ports.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltsports.prefix.receipt.Receipt;

/** JSON output for {@code --json}: stable field names, pretty-printed. */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    static String write(Object value) {
        return GSON.toJson(value);
    }

    static Map<String, Object> receipt(Receipt r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", r.name());
        map.put("version", r.version());
        map.put("revision", r.revision());
        map.put("keg", r.kegPath());
        map.put("installed_on_request", r.onRequest());
        map.put("installed_at", r.installedAt().toString());
        map.put("lts_release", r.release());
        map.put("source_sha256", r.sourceSha256());
        map.put("dependencies", r.runtimeDeps());
        map.put("build_dependencies", r.buildDeps());
        map.put("linked", !r.links().isEmpty());
        return map;
    }
}
