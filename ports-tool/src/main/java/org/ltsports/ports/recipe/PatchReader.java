package org.ltsports.ports.recipe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ltsports.ports.recipe.Recipe.Patch;

/** Reads the {@code [[patch]]} tables of a recipe: a relative file next to the recipe, or a URL with its sha256. */
final class PatchReader {
    private static final List<String> FIELDS = List.of("file", "url", "sha256", "strip");

    private PatchReader() {
    }

    static List<Patch> patches(FieldReader top, Path recipeFile) {
        List<Patch> patches = new ArrayList<>();
        for (FieldReader patch : top.tables("patch")) {
            patch.rejectUnknown(FIELDS);
            String file = patch.string("file", false);
            String url = patch.string("url", false);
            String sha256 = RecipeParser.sha256(patch, url != null);
            int strip = patch.nonNegativeInt("strip", 1);
            if (file != null && url != null) {
                patch.tableProblem("give either file or url, not both");
            } else if (file == null && url == null && !patch.has("file") && !patch.has("url")) {
                patch.tableProblem("needs file (relative to the recipe directory) or url with sha256");
            }
            if (file != null) {
                checkFile(patch, file, recipeFile);
            }
            if (url != null) {
                RecipeParser.reportBadUrl(patch, "url", url, SourceUrls.SCHEMES);
            }
            patches.add(new Patch(file, url, sha256, strip));
        }
        return patches;
    }

    private static void checkFile(FieldReader patch, String file, Path recipeFile) {
        if (file.startsWith("/") || file.startsWith("\\") || file.startsWith("~")) {
            patch.problem("file", "must be a path relative to the recipe directory, got \"" + file + "\"");
            return;
        }
        for (String part : file.split("[/\\\\]")) {
            if (part.equals("..")) {
                patch.problem("file", "must not contain '..', got \"" + file + "\"");
                return;
            }
        }
        Path resolved = recipeFile.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.isRegularFile(resolved)) {
            patch.problem("file", "no such file " + resolved);
        }
    }
}
