package org.newsclaims.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.newsclaims.query.ClaimHit;

/**
 * Claims written one at a time to a stream in the export's JSONL or CSV form (the same columns
 * as a file export), for callers that stream, such as the web API. Closing it closes the stream.
 */
public final class ClaimStream implements Closeable {

    private final RowWriter<ClaimRow> writer;

    private ClaimStream(RowWriter<ClaimRow> writer) {
        this.writer = writer;
    }

    /** {@code collapsed}: the hits carry attestations, written as their own columns. */
    public static ClaimStream open(ExportFormat format, OutputStream out, boolean collapsed) throws IOException {
        var columns = ClaimRow.columns(collapsed);
        return new ClaimStream(switch (format) {
            case JSONL -> new JsonlWriter<>(out, columns);
            case CSV -> new CsvWriter<>(out, columns);
            case PARQUET -> throw new IllegalArgumentException("Parquet is written to files, not streamed");
        });
    }

    /** {@code canonical}: the claim's article is its reprint cluster's canonical article. */
    public void write(ClaimHit hit, boolean canonical) throws IOException {
        writer.write(new ClaimRow(hit, canonical));
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
