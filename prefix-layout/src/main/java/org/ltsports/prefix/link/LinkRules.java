package org.ltsports.prefix.link;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Homebrew's link rules (Library/Homebrew/keg.rb, {@code Keg#link}): for each entry of a keg's
 * farm directory, whether it becomes a real directory ({@link Strategy#MKPATH}), is linked whole
 * ({@link Strategy#LINK}), or is skipped. Paths are relative to the farm directory ({@code share},
 * {@code lib}, ...) and use {@code /}. As in keg.rb, the patterns are searched, not matched whole,
 * unless they start with {@code ^}.
 */
final class LinkRules {
    /** The farm directories, in the order keg.rb links them. {@code libexec} and {@code var} are never linked. */
    static final List<String> FARM_DIRS = List.of("etc", "bin", "sbin", "include", "share", "lib");

    enum Strategy { LINK, MKPATH, SKIP_DIR, SKIP_FILE, INFO }

    private static final Pattern LOCALE_DIR =
            Pattern.compile("(locale|man)/([a-z]{2}|C|POSIX)(_[A-Z]{2})?(\\.[a-zA-Z\\-0-9]+(@.+)?)?");
    private static final Pattern INFO_FILE = Pattern.compile("info/([^.].*?\\.info(\\.gz)?|dir)$");
    private static final Pattern SHARE_MKPATH = Pattern.compile(
            "^icons/|^zsh|^fish|^lua/|^guile/|^postgresql@\\d+");
    /** keg.rb's SHARE_PATHS, plus {@code pkgconfig}: a pkg-config database like lib/pkgconfig. */
    private static final Set<String> SHARE_PATHS = Set.of(
            "aclocal", "doc", "info", "java", "locale", "man",
            "man/man1", "man/man2", "man/man3", "man/man4", "man/man5", "man/man6", "man/man7", "man/man8",
            "man/cat1", "man/cat2", "man/cat3", "man/cat4", "man/cat5", "man/cat6", "man/cat7", "man/cat8",
            "applications", "gnome", "gnome/help", "icons", "mime-info", "pixmaps", "sounds", "postgresql",
            "pkgconfig");
    private static final Set<String> LIB_PATHS = Set.of("pkgconfig", "cmake", "dtrace", "ghc", "php");
    private static final Pattern LIB_MKPATH = Pattern.compile(
            "^gdk-pixbuf|^gio|^lua|^mecab|^node|^ocaml|^perl5|^postgresql@\\d+|^python[23]\\.\\d+|^R|^ruby");
    private static final Pattern INCLUDE_MKPATH = Pattern.compile("^postgresql@\\d+");

    private LinkRules() {
    }

    static Strategy strategy(String farmDir, String path) {
        return switch (farmDir) {
            case "etc" -> Strategy.MKPATH;
            case "bin", "sbin" -> Strategy.SKIP_DIR;
            case "include" -> INCLUDE_MKPATH.matcher(path).find() ? Strategy.MKPATH : Strategy.LINK;
            case "share" -> share(path);
            case "lib" -> lib(path);
            default -> throw new IllegalArgumentException("not a farm directory: " + farmDir);
        };
    }

    private static Strategy share(String path) {
        if (INFO_FILE.matcher(path).find()) {
            return Strategy.INFO;
        }
        if (path.equals("locale/locale.alias") || path.matches("icons/.*/icon-theme\\.cache")) {
            return Strategy.SKIP_FILE;
        }
        if (LOCALE_DIR.matcher(path).find() || SHARE_MKPATH.matcher(path).find() || SHARE_PATHS.contains(path)) {
            return Strategy.MKPATH;
        }
        return Strategy.LINK;
    }

    private static Strategy lib(String path) {
        if (path.equals("charset.alias")) {
            return Strategy.SKIP_FILE;
        }
        if (LIB_PATHS.contains(path) || LIB_MKPATH.matcher(path).find()) {
            return Strategy.MKPATH;
        }
        return Strategy.LINK;
    }
}
