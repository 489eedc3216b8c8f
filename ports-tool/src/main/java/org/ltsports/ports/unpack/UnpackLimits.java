package org.ltsports.ports.unpack;

/**
 * Bounds on what one archive may put on disk: bytes actually written, and entries. An archive
 * over either bound is refused as a likely decompression bomb.
 */
public record UnpackLimits(long maxTotalBytes, long maxEntries) {
    /** 8 GiB and 1,000,000 entries: far above any source tarball, far below a full disk. */
    public static final UnpackLimits DEFAULT = new UnpackLimits(8L << 30, 1_000_000);

    public UnpackLimits {
        if (maxTotalBytes < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }
}
