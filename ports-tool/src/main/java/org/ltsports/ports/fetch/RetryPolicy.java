package org.ltsports.ports.fetch;

import java.time.Duration;

/**
 * How often one URL is tried before the next mirror, and how long to wait between tries:
 * {@code firstDelay}, then twice that, and so on.
 */
public record RetryPolicy(int attempts, Duration firstDelay) {
    /** Three attempts, waiting 0.5 s and then 1 s. */
    public static final RetryPolicy STANDARD = new RetryPolicy(3, Duration.ofMillis(500));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (firstDelay == null || firstDelay.isNegative()) {
            throw new IllegalArgumentException("firstDelay must be zero or more");
        }
    }

    /** {@code attempts} tries with no wait between them: for tests. */
    public static RetryPolicy immediate(int attempts) {
        return new RetryPolicy(attempts, Duration.ZERO);
    }

    /** The wait after the {@code failedAttempt}-th attempt (1-based) failed. */
    public Duration delayAfter(int failedAttempt) {
        return firstDelay.multipliedBy(1L << Math.min(failedAttempt - 1, 20));
    }
}
