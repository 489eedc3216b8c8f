package org.ltsports.prefix;

/**
 * An expected failure while reading or changing a prefix. {@link #refused()} is true when the
 * prefix's state forbids the change (a conflict, dependents, not a prefix) rather than an error.
 */
public class PrefixException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean refused;

    public PrefixException(String message) {
        this(message, false, null);
    }

    public PrefixException(String message, Throwable cause) {
        this(message, false, cause);
    }

    private PrefixException(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    public static PrefixException refused(String message) {
        return new PrefixException(message, true, null);
    }

    public boolean refused() {
        return refused;
    }
}
