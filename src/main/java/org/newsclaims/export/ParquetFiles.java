package org.newsclaims.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Export's Parquet, for datasets written in parts by others (the spark job writes one file per partition). */
public final class ParquetFiles {

    private ParquetFiles() {
    }

    /** Writes {@code rows} to {@code file} with the columns and types an export of them would have. */
    public static <R> void write(Path file, List<Column<R>> columns, Iterable<R> rows) throws IOException {
        try (ParquetRowWriter<R> writer = new ParquetRowWriter<>(file, columns)) {
            for (R row : rows) {
                writer.write(row);
            }
        }
    }
}
