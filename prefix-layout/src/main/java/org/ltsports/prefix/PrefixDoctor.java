package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.lock.LockHolder;
import org.ltsports.prefix.lock.PrefixLock;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;
import org.ltsports.prefix.receipt.StoredJournal;

/** Compares the prefix on disk with its receipts and reports what does not fit. Changes nothing. */
public final class PrefixDoctor {
    private PrefixDoctor() {
    }

    public static List<Problem> examine(Prefix prefix, ReceiptDb receipts) {
        List<Problem> problems = new ArrayList<>();
        for (String link : new Linker(prefix).brokenLinks()) {
            problems.add(new Problem(Problem.BROKEN_LINK, link,
                    "its target is gone; remove it with `rm " + prefix.root().resolve(link) + "`"
                            + " or reinstall the keg it belonged to"));
        }
        Map<String, Receipt> byName = receipts.all().stream()
                .collect(Collectors.toMap(Receipt::name, Function.identity()));
        for (Keg keg : prefix.kegs()) {
            Receipt receipt = byName.get(keg.name());
            if (receipt == null || !kegDir(prefix, receipt).equals(keg.path())) {
                problems.add(new Problem(Problem.UNRECORDED_KEG, relative(prefix, keg.path()),
                        "no receipt records this keg; reinstall it with `ports reinstall " + keg.name()
                                + "` or remove the directory"));
            }
        }
        for (Receipt receipt : byName.values().stream().sorted(Comparator.comparing(Receipt::name)).toList()) {
            Path kegDir = kegDir(prefix, receipt);
            if (!Files.isDirectory(kegDir, NOFOLLOW_LINKS)) {
                problems.add(new Problem(Problem.MISSING_KEG, relative(prefix, kegDir),
                        "the receipt of " + receipt.name() + " names a keg that is gone; `ports reinstall "
                                + receipt.name() + "` or `ports uninstall " + receipt.name() + "`"));
            } else if (!optLinksTo(prefix.opt(receipt.name()), kegDir)) {
                problems.add(new Problem(Problem.MISSING_OPT_LINK, "opt/" + receipt.name(),
                        "opt/" + receipt.name() + " does not point at " + relative(prefix, kegDir)
                                + "; `ports link " + receipt.name() + "` or `ports reinstall " + receipt.name() + "`"));
            }
        }
        if (PrefixLock.holder(prefix.lockFile()).filter(LockHolder::alive).isEmpty()) {
            interruptedWork(prefix, receipts, problems); // while a writer runs, its journal and work are no problem
        }
        return problems;
    }

    private static void interruptedWork(Prefix prefix, ReceiptDb receipts, List<Problem> problems) {
        for (StoredJournal journal : receipts.unfinishedJournals()) {
            problems.add(new Problem(Problem.UNFINISHED_JOURNAL, relative(prefix, prefix.database()),
                    "`" + journal.command() + "` (pid " + journal.pid() + ", begun " + journal.startedAt()
                            + ") was interrupted " + (journal.committed() ? "after" : "before") + " its commit;"
                            + " `ports doctor --repair`, like any command that changes the prefix, will "
                            + (journal.committed() ? "finish" : "roll back") + " it"));
        }
        if (Files.isDirectory(prefix.tmp(), NOFOLLOW_LINKS)) {
            try (Stream<Path> leftovers = Files.list(prefix.tmp())) {
                leftovers.sorted().forEach(p -> problems.add(new Problem(Problem.LEFTOVER_WORK, relative(prefix, p),
                        "left by an interrupted command; `ports doctor --repair` removes it")));
            } catch (IOException e) {
                throw new PrefixException("Could not read " + prefix.tmp() + ": " + e, e);
            }
        }
    }

    private static Path kegDir(Prefix prefix, Receipt receipt) {
        return prefix.root().resolve(receipt.kegPath()).normalize();
    }

    private static boolean optLinksTo(Path opt, Path kegDir) {
        try {
            return Files.isSymbolicLink(opt) && opt.toRealPath().equals(kegDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String relative(Prefix prefix, Path path) {
        return path.startsWith(prefix.root()) ? prefix.root().relativize(path).toString() : path.toString();
    }
}
