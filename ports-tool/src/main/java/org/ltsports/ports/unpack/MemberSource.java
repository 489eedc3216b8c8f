package org.ltsports.ports.unpack;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** The entries of an open archive, one after the other. */
interface MemberSource extends Closeable {

    /** The next entry, or null after the last. */
    Member next() throws IOException;

    /** The content of the entry {@link #next} returned last; the caller does not close it. */
    InputStream content() throws IOException;
}
