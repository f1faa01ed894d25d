package org.newsclaims.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.dedup.ReprintLink;
import scala.Tuple2;

/**
 * Reprint clusters over every article at once, as {@code ingest} finds them one article at a time:
 * candidate pairs share a MinHash band or at least {@link ReprintDetector#MIN_SHARED_ANCHORS} strong anchors
 * (pairs within each key's articles, counted per pair);
 * each is verified by {@link ReprintDetector#compare}; the connected components of the verified links are
 * found by label propagation (every article takes the least path among its own and its neighbours' labels
 * until none changes, so a chain of any length ends with one label), and each component goes to one task
 * that clusters it as {@code ingest}'s store does ({@link Clusters#of}: average linkage, pairs kept apart,
 * the canonical article by the same rule).
 */
final class ReprintGraph {

    /** A verified reprint link between two articles ({@code path}'s partition is the link's). */
    record Link(String path, String docId, String partition, String otherPath, String otherDocId, String relation, double score,
                double jaccard, double anchorScore, int sharedShingles) implements Serializable {

        /** The link as {@link Clusters} reads it from the article at {@code path}. */
        String[] stored() {
            return new ReprintLink(otherPath, otherDocId, relation, score, jaccard, anchorScore, sharedShingles, List.of())
                    .stored().split("\t");
        }
    }

    /** An article's place in its cluster of two or more. */
    record Membership(String clusterId, String canonicalPath, String relation, double score) implements Serializable {
    }

    /**
     * An anchor more articles than this share (a common name or figure) makes no candidates: its pairs grow
     * with the square of its articles, and {@code ingest}'s look-up keeps only its best 30 candidates anyway.
     */
    static final int MAX_ARTICLES_PER_ANCHOR = 1000;

    private ReprintGraph() {
    }

    /**
     * Every verified link between two of {@code prints}, once per pair. Every shuffle of the graph goes through
     * {@code partitioner}, and the groupings and joins are {@link Partitions}'.
     */
    static JavaRDD<Link> links(JavaRDD<Print> prints, Partitioner partitioner) {
        JavaPairRDD<String, Print> byPath = prints.mapToPair(p -> new Tuple2<>(p.path(), p)).partitionBy(partitioner);
        // band keys and strong anchor keys in one shuffle: a band key starts with B, an anchor key with A
        JavaPairRDD<String, List<String>> sharing = Partitions.gather(byPath.values().flatMapToPair(p -> Stream.concat(
                p.bands().stream().map(b -> new Tuple2<>(BAND + b, p.path())),
                p.fingerprint().strongAnchorKeys().stream().map(a -> new Tuple2<>(ANCHOR + a, p.path()))).iterator()), partitioner);
        JavaPairRDD<String, String> candidates = Partitions.gather(sharing.flatMapToPair(s -> pairs(s._1(), s._2()).iterator()), partitioner)
                .filter(counted -> counted._2().stream().mapToInt(Integer::intValue).sum() >= ReprintDetector.MIN_SHARED_ANCHORS)
                .mapToPair(counted -> counted._1())
                .partitionBy(partitioner);
        JavaPairRDD<String, Print> firsts = Partitions.join(candidates, byPath, (a, b, printsOfA) -> printsOfA.stream()
                .map(p -> new Tuple2<>(b, p)).toList()).mapToPair(t -> t).partitionBy(partitioner);
        return Partitions.join(firsts, byPath, (b, a, printsOfB) -> printsOfB.stream()
                .flatMap(p -> ReprintDetector.compare(a.fingerprint(), p.fingerprint()).stream()
                        .map(l -> new Link(a.path(), a.docId(), a.partition(), l.path(), l.docId(), l.relation(), l.score(), l.jaccard(),
                                l.anchorScore(), l.sharedShingles())))
                .toList());
    }

    private static final String BAND = "B";
    private static final String ANCHOR = "A";

    /**
     * The pairs of paths (lesser first) that share {@code key}, each with what sharing it counts towards
     * {@link ReprintDetector#MIN_SHARED_ANCHORS}: a band counts for all of them (a pair that shares one is a
     * candidate), a strong anchor for one; an anchor of over {@link #MAX_ARTICLES_PER_ANCHOR} articles makes none.
     */
    private static List<Tuple2<Tuple2<String, String>, Integer>> pairs(String key, List<String> sharing) {
        boolean band = key.startsWith(BAND);
        List<Tuple2<Tuple2<String, String>, Integer>> out = new ArrayList<>();
        if (!band && sharing.size() > MAX_ARTICLES_PER_ANCHOR) {
            return out;
        }
        List<String> paths = new ArrayList<>(sharing);
        paths.sort(null);
        int counts = band ? ReprintDetector.MIN_SHARED_ANCHORS : 1;
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (!band || paths.get(i).compareTo(paths.get(j)) < 0) {
                    out.add(new Tuple2<>(new Tuple2<>(paths.get(i), paths.get(j)), counts));
                }
            }
        }
        return out;
    }

    /**
     * The connected components of {@code links}: each linked article's path and the least path of its
     * component, gathered on the driver. One job a round: every article's neighbours stay where its label is,
     * so only the labels offered to neighbours move.
     */
    static Map<String, String> components(JavaRDD<Link> links, Partitioner partitioner) {
        JavaPairRDD<String, List<String>> neighbours = Partitions.gather(links.flatMapToPair(l -> List.of(
                new Tuple2<>(l.path(), l.otherPath()), new Tuple2<>(l.otherPath(), l.path())).iterator()), partitioner)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = neighbours.mapToPair(n -> new Tuple2<>(n._1(), n._1()));
        JavaPairRDD<String, Tuple2<String, Boolean>> state = null;
        while (true) {
            JavaPairRDD<String, String> offers = Partitions.join(neighbours, labels, (path, near, label) -> near.stream()
                    .map(n -> new Tuple2<>(n, label.get(0))).toList()).mapToPair(t -> t).partitionBy(partitioner);
            // each article's label lowered to the least offered, and whether it was
            JavaPairRDD<String, Tuple2<String, Boolean>> next = Partitions.join(labels, offers, (path, label, offered) -> {
                String least = offered.stream().reduce(label, ReprintGraph::least);
                return List.of(new Tuple2<>(path, new Tuple2<>(least, least.compareTo(label) < 0)));
            }).mapToPair(t -> t).persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.filter(t -> t._2()._2()).count();
            if (state != null) {
                state.unpersist();
            }
            state = next;
            labels = state.mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()));
            if (changed == 0) {
                Map<String, String> components = new HashMap<>(labels.collectAsMap());
                state.unpersist();
                neighbours.unpersist();
                return components;
            }
        }
    }

    private static String least(String x, String y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    /**
     * The cluster of every article that has a link, by path: each component's articles, with their links
     * and texts, go to one task, which names the canonical article as {@link Clusters} does. Only the linked
     * articles move, and of them only what clustering reads.
     */
    static JavaPairRDD<String, Membership> memberships(JavaRDD<Link> links, Map<String, String> components,
                                                      JavaRDD<Doc> docs, ExecutorStages.Settings settings, Partitioner partitioner) {
        Broadcast<Map<String, String>> componentOf = JavaSparkContext.fromSparkContext(docs.context()).broadcast(components);
        JavaPairRDD<String, List<Doc>> linked = Partitions.gather(docs.flatMapToPair(d -> {
            String component = componentOf.value().get(d.path());
            return component == null ? Collections.emptyIterator() : List.of(new Tuple2<>(component, d.forClustering())).iterator();
        }), partitioner);
        JavaPairRDD<String, Link> linksOf = links.mapToPair(l -> new Tuple2<>(componentOf.value().get(l.path()), l)).partitionBy(partitioner);
        return Partitions.join(linked, linksOf, (component, members, componentLinks) -> {
            Map<String, List<String[]>> stored = new HashMap<>();
            componentLinks.forEach(l -> stored.computeIfAbsent(l.path(), k -> new ArrayList<>()).add(l.stored()));
            Map<String, Doc> byPath = new HashMap<>();
            List<Clusters.Node> nodes = new ArrayList<>();
            for (Doc d : members) {
                byPath.put(d.path(), d);
                nodes.add(d.node(stored.getOrDefault(d.path(), List.of())));
            }
            Clusters clusters;
            try {
                clusters = Clusters.of(nodes, n -> byPath.get(n.path()).texts(), ExecutorStages.get(settings).markers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // average linkage may split a component: each of its clusters names its own canonical
            return clusters.all().stream().filter(c -> c.size() > 1).flatMap(c -> c.members().stream()
                    .map(m -> new Tuple2<>(m.path(), new Membership(c.id(), c.canonical(), m.relation(), m.score()))))
                    .toList();
        }).mapToPair(t -> t);
    }
}
