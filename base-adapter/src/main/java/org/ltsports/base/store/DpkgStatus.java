package org.ltsports.base.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses dpkg's status file ({@code var/lib/dpkg/status}): one paragraph of fields per package. */
final class DpkgStatus {

    /** A package of the status file. */
    record Package(String name, String version, String architecture, String status) {

        /** Unpacked and configured: {@code install ok installed}. */
        boolean installed() {
            return status != null && status.endsWith(" installed");
        }
    }

    private DpkgStatus() {
    }

    static List<Package> parse(String text) {
        List<Package> packages = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (fields.containsKey("Package")) {
                    packages.add(new Package(fields.get("Package"), fields.getOrDefault("Version", ""),
                            fields.getOrDefault("Architecture", ""), fields.get("Status")));
                }
                fields.clear();
                last = null;
            } else if (Character.isWhitespace(line.charAt(0))) {
                if (last != null) {
                    fields.merge(last, "\n" + line.strip(), String::concat);
                }
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    last = line.substring(0, colon);
                    fields.put(last, line.substring(colon + 1).strip());
                }
            }
        }
        return packages;
    }
}
