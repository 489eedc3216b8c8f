package org.ltsports.base;

/** An expected failure about LTS releases: a missing release, an unreadable tree, a missing component. */
public class BaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BaseException(String message) {
        super(message);
    }

    public BaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
