package org.newsclaims.export;

import java.util.Locale;

/** The file formats an export writes. */
public enum ExportFormat {
    JSONL, CSV, PARQUET;

    public static ExportFormat parse(String name) throws ExportException {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExportException("unknown format '" + name + "' (use jsonl, csv or parquet)", e);
        }
    }

    <R> RowWriter<R> open(java.nio.file.Path file, java.util.List<Column<R>> columns) throws java.io.IOException {
        return switch (this) {
            case JSONL -> new JsonlWriter<>(file, columns);
            case CSV -> new CsvWriter<>(file, columns);
            case PARQUET -> new ParquetRowWriter<>(file, columns);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
