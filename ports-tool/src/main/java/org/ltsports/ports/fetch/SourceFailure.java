package org.ltsports.ports.fetch;

/** Why one attempt at one URL failed, and whether trying the same URL again may help. */
final class SourceFailure extends Exception {
    private static final long serialVersionUID = 1L;

    enum Next { RETRY, NEXT_SOURCE, STOP }

    private final Next next;

    private SourceFailure(Next next, String reason) {
        super(reason, null, false, false);
        this.next = next;
    }

    /** A server error, timeout or broken connection: the same URL may work a moment later. */
    static SourceFailure retry(String reason) {
        return new SourceFailure(Next.RETRY, reason);
    }

    /** A client error such as 404, or a redirect loop: this URL will not work; try the next one. */
    static SourceFailure nextSource(String reason) {
        return new SourceFailure(Next.NEXT_SOURCE, reason);
    }

    /** The download was cancelled: try nothing more. */
    static SourceFailure stop(String reason) {
        return new SourceFailure(Next.STOP, reason);
    }

    Next next() {
        return next;
    }
}
