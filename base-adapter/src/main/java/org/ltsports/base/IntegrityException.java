package org.ltsports.base;

/**
 * A release in the store no longer matches what was adopted: a changed, added or removed file, or a
 * manifest that does not match the tree. The command line maps it to exit code 4 (integrity).
 */
public class IntegrityException extends BaseException {
    private static final long serialVersionUID = 1L;

    /** The exit code of an integrity failure (checksum, tampered base). */
    public static final int EXIT_CODE = 4;

    public IntegrityException(String message) {
        super(message);
    }
}
