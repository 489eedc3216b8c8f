package org.ltsports.ports.progress;

/**
 * Hears how a transfer advances. A download calls {@link #start}, then {@link #advance} for each
 * chunk, then {@link #done} (also when it fails). Parallel downloads may share one listener: each
 * download runs on its own thread, and a listener that draws tells them apart by thread.
 */
public interface ProgressListener {

    /** A listener that shows nothing: for scripts, pipes and tests. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String label, long totalBytesOrMinus1) {
        }

        @Override
        public void advance(long bytes) {
        }

        @Override
        public void done() {
        }
    };

    /** A transfer named {@code label} begins; its size is {@code totalBytesOrMinus1}, or -1 when unknown. */
    void start(String label, long totalBytesOrMinus1);

    /** {@code bytes} more bytes have arrived. */
    void advance(long bytes);

    /** The transfer started last on this thread has ended, well or not. */
    void done();
}
