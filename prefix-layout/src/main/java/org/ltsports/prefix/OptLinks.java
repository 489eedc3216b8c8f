package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code opt/<name> -> ../Cellar/<name>/<versionDir>} links: the stable path of a keg. */
final class OptLinks {
    private OptLinks() {
    }

    static void link(Prefix prefix, Keg keg) {
        Path kegDir = prefix.kegDir(keg.name(), keg.versionDir());
        if (!Files.isDirectory(kegDir, NOFOLLOW_LINKS)) {
            throw new PrefixException("Could not link opt/" + keg.name() + ": keg " + kegDir + " does not exist");
        }
        Path link = prefix.opt(keg.name());
        if (Files.exists(link, NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw PrefixException.refused("Could not link opt/" + keg.name() + ": " + link
                    + " exists and is not a link; remove it first");
        }
        try {
            Files.createDirectories(prefix.opt());
            AtomicFiles.symlink(link, Path.of("..", "Cellar", keg.name(), keg.versionDir()));
        } catch (IOException e) {
            throw new PrefixException("Could not link " + link + ": " + e, e);
        }
    }

    static boolean remove(Prefix prefix, String name) {
        Path link = prefix.opt(name);
        if (!Files.exists(link, NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isSymbolicLink(link)) {
            throw PrefixException.refused(link + " is not a link; ports leaves it alone, remove it yourself");
        }
        try {
            Files.delete(link);
            return true;
        } catch (IOException e) {
            throw new PrefixException("Could not remove " + link + ": " + e, e);
        }
    }
}
