package org.newsclaims.export;

import java.io.Closeable;
import java.io.IOException;

/** Writes rows to a file as they come; {@link #close()} finishes the file. */
interface RowWriter<R> extends Closeable {
    void write(R row) throws IOException;
}
