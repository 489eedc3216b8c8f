package org.ltsports.ports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.LtsRoot;
import org.ltsports.ports.fetch.DownloadCache;
import org.ltsports.ports.fetch.DownloadClient;
import org.ltsports.ports.fetch.Fetcher;
import org.ltsports.ports.progress.ProgressBar;
import org.ltsports.ports.recipe.RecipeBook;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixWipe;
import org.ltsports.prefix.journal.JournalRecovery;
import org.ltsports.prefix.lock.PrefixLock;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * What one command works with: the settings, and the prefix, receipts, recipes and release,
 * each opened only when the command first asks for it (so a command that needs no database
 * never opens one).
 */
public final class PortsSession implements AutoCloseable {

    private final Settings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final String command;
    private Prefix prefix;
    private ReceiptDb receipts;
    private RecipeBook recipes;
    private PrefixLock lock;

    public PortsSession(Settings settings, PrintWriter out, PrintWriter err, boolean verbose) {
        this(settings, out, err, verbose, "ports");
    }

    /** @param command the command line, as the lock file names it for others who wait */
    public PortsSession(Settings settings, PrintWriter out, PrintWriter err, boolean verbose, String command) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.command = command;
    }

    public Settings settings() {
        return settings;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public boolean verbose() {
        return verbose;
    }

    public RecipeBook recipes() {
        if (recipes == null) {
            if (!Files.isDirectory(settings.recipes())) {
                throw PortsException.failed("no recipe collection at " + settings.recipes()
                        + "; set PORTS_RECIPES to a directory of <name>.toml files");
            }
            recipes = new RecipeBook(settings.recipes());
        }
        return recipes;
    }

    public LtsRoot ltsRoot() {
        return new LtsRoot(settings.ltsRoot());
    }

    /** The existing prefix, if there is one at the configured path. */
    public Optional<Prefix> existingPrefix() {
        if (prefix == null && Prefix.isPrefix(settings.prefix())) {
            prefix = Prefix.open(settings.prefix());
        }
        return Optional.ofNullable(prefix);
    }

    /** The prefix, which must exist. */
    public Prefix prefix() {
        return existingPrefix().orElseThrow(() -> PortsException.refused(
                settings.prefix() + " is not a ports prefix yet; `ports install <name>` creates it"));
    }

    /** The prefix, created on first use pinned to the configured or newest release. */
    public Prefix prefixForWriting() {
        if (existingPrefix().isEmpty()) {
            prefix = Prefix.create(settings.prefix(), release().name());
        }
        return prefix;
    }

    /**
     * The release the prefix pins; before the prefix exists, the one it will pin:
     * {@code PORTS_LTS_RELEASE}, else the newest under the LTS root.
     */
    public LtsRelease release() {
        if (existingPrefix().isPresent()) {
            return ltsRoot().release(prefix.marker().pinnedRelease());
        }
        String name = settings.release().or(() -> ltsRoot().newestRelease())
                .orElseThrow(() -> PortsException.failed("no LTS release under " + settings.ltsRoot()
                        + ": every port is built against one. Create one with scripts/make-demo-lts.sh,"
                        + " or set PORTS_LTS_ROOT to a directory of releases"));
        return ltsRoot().release(name);
    }

    /**
     * The prefix for a command that changes it: made first when {@code create}, then locked, one
     * writer at a time, until the session closes (with {@code wait}, behind a writer already at
     * work; without, refused with exit 3). Whatever a crashed command left unfinished is finished
     * or rolled back first. Commands that only read never come here.
     */
    public Prefix prefixForChange(boolean create, boolean wait) {
        if (lock == null) {
            PrefixWipe.finishInterrupted(settings.prefix())
                    .ifPresent(n -> err.println("==> Finished removing " + settings.prefix() + ", which an interrupted"
                            + " `ports wipe` had begun (" + n + " files)"));
            lock = PrefixWriteLock.take(this, create, wait);
            lock.takenOver().ifPresent(dead -> err.println("==> Taking over the prefix from " + dead.describe()
                    + ", which ended without finishing"));
            JournalRecovery.recover(prefix, receipts()).forEach(line -> err.println("==> " + line));
            err.flush();
        }
        return prefix;
    }

    /** The existing prefix, locked as by {@link #prefixForChange} but without recovery: for a wipe. */
    public Prefix prefixForWipe(boolean wait) {
        if (lock == null) {
            lock = PrefixWriteLock.take(this, false, wait);
        }
        return prefix;
    }

    String command() {
        return command;
    }

    /** Forgets the prefix opened so far (it was removed while this command waited for it). */
    void forgetPrefix() {
        prefix = null;
    }

    /** The receipts of an existing prefix. */
    public ReceiptDb receipts() {
        if (receipts == null) {
            receipts = ReceiptDb.open(prefix().database());
        }
        return receipts;
    }

    /** Where downloads are cached: {@code PORTS_CACHE}, else inside the prefix. */
    public Path cacheDir() {
        return settings.cache().orElse(settings.prefix().resolve("var/cache/ports/downloads"));
    }

    /** The download cache, creating the prefix first when the cache lives in it. */
    public DownloadCache cache() {
        if (settings.cache().isEmpty()) {
            prefixForWriting();
        }
        return new DownloadCache(cacheDir());
    }

    public Fetcher fetcher() {
        return new Fetcher(cache(), DownloadClient.standard(), ProgressBar.forStderr());
    }

    @Override
    public void close() {
        try {
            if (receipts != null) {
                receipts.close();
                receipts = null;
            }
        } finally {
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
    }
}
