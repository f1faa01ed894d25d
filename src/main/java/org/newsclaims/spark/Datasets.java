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
 * task writes the rows of its partition, one file per dataset and directory they fall in, with the columns and types of
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

    /** A dataset under {@code name} whose rows are made from the items of a pass: {@code rows} gives an item's. */
    record Target<T, R>(String name, Layout<R> layout, RowsOf<T, R> rows) implements Serializable {

        Batch<T, R> batch() {
            return new Batch<>(this);
        }
    }

    interface RowsOf<T, R> extends java.util.function.Function<T, List<R>>, Serializable {
    }

    /** The rows of one target in one task, by partition directory. */
    private static final class Batch<T, R> {
        private final Target<T, R> target;
        private final Map<String, List<R>> byPartition = new TreeMap<>();

        Batch(Target<T, R> target) {
            this.target = target;
        }

        void add(T item) {
            for (R row : target.rows().apply(item)) {
                byPartition.computeIfAbsent(target.layout().partition().apply(row), k -> new ArrayList<>()).add(row);
            }
        }

        Map<String, Long> write(String dir, int task) throws IOException {
            Map<String, Long> counts = new TreeMap<>();
            List<Column<R>> columns = target.layout().columns().get();
            for (Map.Entry<String, List<R>> e : byPartition.entrySet()) {
                List<R> part = e.getValue();
                part.sort(Comparator.comparing(target.layout().order()));
                Path file = Path.of(dir, target.name(), e.getKey(), String.format("part-%05d.parquet", task));
                Files.createDirectories(file.getParent());
                ParquetFiles.write(file, columns, part);
                counts.put(e.getKey(), (long) part.size());
            }
            return counts;
        }
    }

    /**
     * Writes the datasets of {@code targets} under {@code dir} in one pass over {@code items}; returns, per
     * dataset name, its rows per partition directory ({@code lang/year}).
     */
    static <T> Map<String, Map<String, Long>> write(JavaRDD<T> items, List<Target<T, ?>> targets, String dir) throws IOException {
        for (Target<T, ?> t : targets) {
            Files.createDirectories(Path.of(dir, t.name()));
        }
        List<Map<String, Map<String, Long>>> written = items.mapPartitionsWithIndex((task, it) -> {
            List<Batch<T, ?>> batches = targets.stream().<Batch<T, ?>>map(Target::batch).toList();
            while (it.hasNext()) {
                T item = it.next();
                batches.forEach(b -> b.add(item));
            }
            Map<String, Map<String, Long>> counts = new TreeMap<>();
            for (Batch<T, ?> b : batches) {
                counts.put(b.target.name(), b.write(dir, task));
            }
            return List.of(counts).iterator();
        }, false).collect();
        Map<String, Map<String, Long>> total = new TreeMap<>();
        for (Target<T, ?> t : targets) {
            total.put(t.name(), new TreeMap<>());
        }
        written.forEach(m -> m.forEach((name, counts) -> counts.forEach((k, v) -> total.get(name).merge(k, v, Long::sum))));
        return total;
    }
}
