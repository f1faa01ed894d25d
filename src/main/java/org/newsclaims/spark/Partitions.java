package org.newsclaims.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Pairs grouped and joined in the task that holds their key, one partition's pairs in a hash map. Spark's
 * own groupings and joins estimate the size of what they hold as it grows, walking its objects, which cost
 * more than the grouping itself here; these move pairs with a plain shuffle ({@link JavaPairRDD#partitionBy})
 * and nothing else. A partition of a grouped or joined RDD holds the keys that the partitioner puts in the
 * partition of that number, so that RDDs placed by one partitioner (and RDDs mapped from them, key for key)
 * can be joined again without a shuffle.
 */
final class Partitions {

    /** What a join makes of a key, its value on the left and its values on the right (none: an empty list). */
    interface Joined<K, V, W, R> extends Serializable {
        List<R> apply(K key, V left, List<W> right);
    }

    private Partitions() {
    }

    /** The values of each key, in the order they come, placed by {@code partitioner}. */
    static <K, V> JavaPairRDD<K, List<V>> gather(JavaPairRDD<K, V> pairs, Partitioner partitioner) {
        return pairs.partitionBy(partitioner).mapPartitionsToPair(
                it -> group(it).entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator(), true);
    }

    /**
     * {@code joined} of every pair of {@code left} and its key's values in {@code right}; both must be placed
     * by one partitioner, and the results of each partition are made in its task.
     */
    static <K, V, W, R> JavaRDD<R> join(JavaPairRDD<K, V> left, JavaPairRDD<K, W> right, Joined<K, V, W, R> joined) {
        return left.zipPartitions(right, (lefts, rights) -> {
            Map<K, List<W>> index = group(rights);
            Iterable<Tuple2<K, V>> all = () -> lefts;
            return StreamSupport.stream(all.spliterator(), false)
                    .flatMap(l -> joined.apply(l._1(), l._2(), index.getOrDefault(l._1(), List.of())).stream())
                    .iterator();
        });
    }

    private static <K, V> Map<K, List<V>> group(Iterator<Tuple2<K, V>> pairs) {
        Map<K, List<V>> byKey = new LinkedHashMap<>();
        pairs.forEachRemaining(p -> byKey.computeIfAbsent(p._1(), k -> new ArrayList<>()).add(p._2()));
        return byKey;
    }
}
