package org.ltsports.ports;

import java.io.IOException;
import java.nio.file.Files;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.lock.PrefixLock;

/**
 * Takes the prefix lock for a session: waits (or refuses) behind another writer, and copes with
 * the prefix being wiped while it waited: made again for an install, refused for the rest.
 */
final class PrefixWriteLock {
    private PrefixWriteLock() {
    }

    static PrefixLock take(PortsSession session, boolean create, boolean wait) {
        while (true) {
            Prefix prefix = create ? session.prefixForWriting() : session.prefix();
            PrefixLock lock = tryTake(session, prefix, wait);
            if (lock != null) {
                if (Prefix.isPrefix(prefix.root())) {
                    return lock;
                }
                lock.close();
            }
            session.forgetPrefix();
            if (!create) {
                throw PortsException.refused(prefix.root() + " was removed while this command waited for it");
            }
        }
    }

    /** The lock, or null when the prefix is gone. */
    private static PrefixLock tryTake(PortsSession session, Prefix prefix, boolean wait) {
        try {
            if (!Files.isDirectory(prefix.portsVar())) {
                Files.createDirectories(prefix.portsVar()); // a prefix whose var/ports was removed by hand
            }
            return PrefixLock.acquire(prefix.lockFile(), session.command(), wait, holder -> {
                session.err().println("==> Waiting for " + holder.describe() + ", which is changing "
                        + prefix.root() + " (with --no-wait, ports gives up instead)");
                session.err().flush();
            });
        } catch (IOException e) {
            if (!Prefix.isPrefix(prefix.root())) {
                return null;
            }
            throw PortsException.failed("cannot lock " + prefix.root() + ": " + e.getMessage(), e);
        } catch (PrefixException e) {
            if (!e.refused() && !Prefix.isPrefix(prefix.root())) {
                return null;
            }
            throw e;
        }
    }
}
