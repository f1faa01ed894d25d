package org.newsclaims.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.newsclaims.export.Column;
import org.newsclaims.export.ParquetFiles;

/**
 * Parquet datasets in directories by language and year ({@code claims/zh-Hans/2024/part-00003.parquet}): each
 * task writes the rows of its partition, one file per directory they fall in, with the columns and types of
 * {@code export}'s Parquet. The directories are not named {@code key=value}: readers would add those as
 * columns (and claims have a {@code year} of their own, the year a claim is about).
 */
final class Datasets {

    /**
     * Rows of one dataset: its columns (made where the rows are written: columns hold functions, which Spark
     * does not ship), the partition directory of a row, and the key rows are sorted by in a file.
     */
    record Layout<R>(Columns<R> columns, Key<R> partition, Key<R> order) implements Serializable {
    }

    interface Columns<R> extends Supplier<List<Column<R>>>, Serializable {
    }

    interface Key<R> extends java.util.function.Function<R, String>, Serializable {
    }

    private Datasets() {
    }

    /** Writes {@code rows} under {@code dir}; returns the rows written per partition directory ({@code lang/year}). */
    static <R> Map<String, Long> write(JavaRDD<R> rows, Layout<R> layout, String dir) throws IOException {
        Files.createDirectories(Path.of(dir));
        List<Map<String, Long>> written = rows.mapPartitionsWithIndex((index, it) -> {
            Map<String, List<R>> byPartition = new TreeMap<>();
            while (it.hasNext()) {
                R row = it.next();
                byPartition.computeIfAbsent(layout.partition().apply(row), k -> new ArrayList<>()).add(row);
            }
            Map<String, Long> counts = new TreeMap<>();
            List<Column<R>> columns = layout.columns().get();
            for (Map.Entry<String, List<R>> e : byPartition.entrySet()) {
                List<R> part = e.getValue();
                part.sort(Comparator.comparing(layout.order()));
                Path target = Path.of(dir, e.getKey(), String.format("part-%05d.parquet", index));
                Files.createDirectories(target.getParent());
                ParquetFiles.write(target, columns, part);
                counts.put(e.getKey(), (long) part.size());
            }
            return List.of(counts).iterator();
        }, false).collect();
        Map<String, Long> total = new TreeMap<>();
        written.forEach(m -> m.forEach((k, v) -> total.merge(k, v, Long::sum)));
        return total;
    }
}
