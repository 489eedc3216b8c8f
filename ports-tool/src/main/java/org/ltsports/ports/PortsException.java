package org.ltsports.ports;

/**
 * The one exception type for expected failures of the ports tool. It carries the exit code
 * and a one-line message for people; the command line prints the message, and a stack trace
 * only with {@code --verbose}.
 */
public class PortsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;
    public static final int INTEGRITY = 4;

    private final int exitCode;

    public PortsException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public PortsException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static PortsException failed(String message) {
        return new PortsException(FAILED, message);
    }

    public static PortsException failed(String message, Throwable cause) {
        return new PortsException(FAILED, message, cause);
    }

    public static PortsException usage(String message) {
        return new PortsException(USAGE, message);
    }

    public static PortsException refused(String message) {
        return new PortsException(REFUSED, message);
    }

    public static PortsException integrity(String message) {
        return new PortsException(INTEGRITY, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
