package org.newsclaims.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * candidate pairs share a MinHash band (a join on band key) or at least
 * {@link ReprintDetector#MIN_SHARED_ANCHORS} strong anchors (pairs within each anchor's articles, counted per pair);
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
     * {@code partitioner}, so that the data sets joined are partitioned alike and only one side of a join moves.
     */
    static JavaRDD<Link> links(JavaRDD<Print> prints, Partitioner partitioner) {
        // band keys and strong anchor keys in one shuffle: a band key starts with B, an anchor key with A
        JavaPairRDD<Tuple2<String, String>, Integer> candidates = prints
                .flatMapToPair(p -> Stream.concat(p.bands().stream().map(b -> new Tuple2<>(BAND + b, p.path())),
                        p.fingerprint().strongAnchorKeys().stream().map(a -> new Tuple2<>(ANCHOR + a, p.path()))).iterator())
                .groupByKey(partitioner)
                .flatMapToPair(shared -> pairs(shared._1(), shared._2()).iterator())
                .reduceByKey(partitioner, Integer::sum)
                .filter(counted -> counted._2() >= ReprintDetector.MIN_SHARED_ANCHORS);
        JavaPairRDD<String, Print> byPath = prints.mapToPair(p -> new Tuple2<>(p.path(), p)).partitionBy(partitioner);
        return candidates.mapToPair(c -> c._1())
                .join(byPath)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .join(byPath)
                .flatMap(t -> {
                    Print a = t._2()._1();
                    Print b = t._2()._2();
                    return ReprintDetector.compare(a.fingerprint(), b.fingerprint())
                            .map(l -> List.of(new Link(a.path(), a.docId(), a.partition(), l.path(), l.docId(), l.relation(),
                                    l.score(), l.jaccard(), l.anchorScore(), l.sharedShingles())))
                            .orElse(List.of())
                            .iterator();
                });
    }

    private static final String BAND = "B";
    private static final String ANCHOR = "A";

    /**
     * The pairs of paths (lesser first) that share {@code key}, each with what sharing it counts towards
     * {@link ReprintDetector#MIN_SHARED_ANCHORS}: a band counts for all of them (a pair that shares one is a
     * candidate), a strong anchor for one; an anchor of over {@link #MAX_ARTICLES_PER_ANCHOR} articles makes none.
     */
    private static List<Tuple2<Tuple2<String, String>, Integer>> pairs(String key, Iterable<String> sharing) {
        List<String> paths = new ArrayList<>();
        sharing.forEach(paths::add);
        boolean band = key.startsWith(BAND);
        List<Tuple2<Tuple2<String, String>, Integer>> out = new ArrayList<>();
        if (!band && paths.size() > MAX_ARTICLES_PER_ANCHOR) {
            return out;
        }
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
     * component. One job a round: the labels and edges stay partitioned alike, so only the offers move.
     */
    static JavaPairRDD<String, String> components(JavaRDD<Link> links, Partitioner partitioner) {
        JavaPairRDD<String, String> edges = links
                .flatMapToPair(l -> List.of(new Tuple2<>(l.path(), l.otherPath()), new Tuple2<>(l.otherPath(), l.path())).iterator())
                .partitionBy(partitioner)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, Tuple2<String, Boolean>> state = edges.mapPartitionsToPair(own -> {
            Set<String> paths = new LinkedHashSet<>();
            own.forEachRemaining(e -> paths.add(e._1()));
            return paths.stream().map(p -> new Tuple2<>(p, new Tuple2<>(p, false))).iterator();
        }, true).persist(StorageLevel.MEMORY_AND_DISK_SER());
        while (true) {
            JavaPairRDD<String, String> labels = state.mapValues(Tuple2::_1);
            // each article's least neighbour label; its own label lowered to it, and whether it was
            JavaPairRDD<String, String> offers = edges.join(labels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                    .reduceByKey(partitioner, ReprintGraph::least);
            JavaPairRDD<String, Tuple2<String, Boolean>> next = labels.join(offers)
                    .mapValues(t -> t._2().compareTo(t._1()) < 0 ? new Tuple2<>(t._2(), true) : new Tuple2<>(t._1(), false))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.filter(t -> t._2()._2()).count();
            state.unpersist();
            state = next;
            if (changed == 0) {
                edges.unpersist();
                return state.mapValues(Tuple2::_1);
            }
        }
    }

    private static String least(String x, String y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    /**
     * The cluster of every article that has a link, by path: each component's articles, with their links
     * and texts, go to one task, which names the canonical article as {@link Clusters} does.
     */
    static JavaPairRDD<String, Membership> memberships(JavaRDD<Link> links, JavaPairRDD<String, String> components,
                                                      JavaRDD<Doc> docs, ExecutorStages.Settings settings, Partitioner partitioner) {
        JavaPairRDD<String, Iterable<String[]>> linksByPath = links.mapToPair(l -> new Tuple2<>(l.path(), l.stored()))
                .groupByKey(partitioner);
        // only the linked articles are moved to their components
        Broadcast<Set<String>> linked = JavaSparkContext.fromSparkContext(docs.context()).broadcast(new HashSet<>(components.keys().collect()));
        JavaPairRDD<String, Doc> linkedDocs = docs.filter(d -> linked.value().contains(d.path())).mapToPair(d -> new Tuple2<>(d.path(), d));
        return components.join(linkedDocs, partitioner)
                .leftOuterJoin(linksByPath, partitioner)
                .mapToPair(t -> {
                    Doc d = t._2()._1()._2();
                    List<String[]> own = new ArrayList<>();
                    if (t._2()._2().isPresent()) {
                        t._2()._2().get().forEach(own::add);
                    }
                    return new Tuple2<>(t._2()._1()._1(), new Member(d, own));
                })
                .groupByKey(partitioner)
                .flatMapToPair(component -> {
                    Map<String, Member> byPath = new HashMap<>();
                    List<Clusters.Node> nodes = new ArrayList<>();
                    for (Member m : component._2()) {
                        byPath.put(m.doc().path(), m);
                        nodes.add(m.doc().node(m.links()));
                    }
                    Clusters clusters = Clusters.of(nodes, n -> byPath.get(n.path()).doc().texts(), ExecutorStages.get(settings).markers());
                    // average linkage may split a component: each of its clusters names its own canonical
                    return clusters.all().stream().filter(c -> c.size() > 1).flatMap(c -> c.members().stream()
                            .map(m -> new Tuple2<>(m.path(), new Membership(c.id(), c.canonical(), m.relation(), m.score()))))
                            .iterator();
                });
    }

    /** An article of a component, with the links stored on its side. */
    private record Member(Doc doc, List<String[]> links) implements Serializable {
    }
}
