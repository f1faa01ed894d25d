package org.newsclaims.export;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts of the rows written, as the dataset card reports them: by each dimension, and the files they come from. */
final class Tally<R> {

    static final String NONE = "(none)";

    private final Map<String, Function<R, Object>> dimensions;
    private final Function<R, String> path;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final Set<String> paths = new HashSet<>();
    private long rows;

    Tally(Map<String, Function<R, Object>> dimensions, Function<R, String> path) {
        this.dimensions = dimensions;
        this.path = path;
        dimensions.keySet().forEach(d -> counts.put(d, new TreeMap<>()));
    }

    void add(R row) {
        rows++;
        dimensions.forEach((name, f) -> {
            Object v = f.apply(row);
            counts.get(name).merge(v == null ? NONE : v.toString(), 1L, Long::sum);
        });
        paths.add(path.apply(row));
    }

    long rows() {
        return rows;
    }

    /** Per dimension, each value with its count, most frequent first. */
    Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        counts.forEach((name, byValue) -> {
            Map<String, Long> sorted = new LinkedHashMap<>();
            byValue.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.put(name, sorted);
        });
        return out;
    }

    /** The directories the rows' files are in, each with its number of distinct files. */
    Map<String, Long> sources() {
        Map<String, Long> dirs = new TreeMap<>();
        for (String p : paths) {
            Path parent = Path.of(p).getParent();
            dirs.merge(parent == null ? p : parent.toString(), 1L, Long::sum);
        }
        return dirs;
    }
}
