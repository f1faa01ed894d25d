package org.newsclaims.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsclaims.dedup.Cluster;
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

    /** Every verified link between two of {@code prints}, once per pair. */
    static JavaRDD<Link> links(JavaRDD<Print> prints) {
        JavaPairRDD<String, String> byBand = prints.flatMapToPair(p -> p.bands().stream()
                .map(b -> new Tuple2<>(b, p.path())).iterator());
        JavaPairRDD<String, String> bandPairs = pairs(byBand).distinct();
        JavaPairRDD<String, String> byAnchor = prints.flatMapToPair(p -> p.fingerprint().strongAnchorKeys().stream()
                .map(a -> new Tuple2<>(a, p.path())).iterator());
        JavaPairRDD<String, String> anchorPairs = byAnchor.groupByKey()
                .flatMapToPair(shared -> {
                    List<String> paths = new ArrayList<>();
                    shared._2().forEach(paths::add);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    if (paths.size() <= MAX_ARTICLES_PER_ANCHOR) {
                        paths.sort(null);
                        for (int i = 0; i < paths.size(); i++) {
                            for (int j = i + 1; j < paths.size(); j++) {
                                out.add(new Tuple2<>(paths.get(i), paths.get(j)));
                            }
                        }
                    }
                    return out.iterator();
                })
                .mapToPair(pair -> new Tuple2<>(pair, 1))
                .reduceByKey(Integer::sum)
                .filter(counted -> counted._2() >= ReprintDetector.MIN_SHARED_ANCHORS)
                .mapToPair(Tuple2::_1);
        JavaPairRDD<String, Print> byPath = prints.mapToPair(p -> new Tuple2<>(p.path(), p));
        return bandPairs.union(anchorPairs).distinct()
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

    /** The pairs of paths (lesser first) that share a key of {@code byKey}. */
    private static JavaPairRDD<String, String> pairs(JavaPairRDD<String, String> byKey) {
        return byKey.join(byKey).values()
                .filter(p -> p._1().compareTo(p._2()) < 0)
                .mapToPair(p -> p);
    }

    /** The connected components of {@code links}: each linked article's path and the least path of its component. */
    static JavaPairRDD<String, String> components(JavaRDD<Link> links) {
        JavaPairRDD<String, String> edges = links
                .flatMapToPair(l -> List.of(new Tuple2<>(l.path(), l.otherPath()), new Tuple2<>(l.otherPath(), l.path())).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = edges.keys().distinct().mapToPair(p -> new Tuple2<>(p, p))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        while (true) {
            JavaPairRDD<String, String> next = edges.join(labels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                    .union(labels)
                    .reduceByKey((x, y) -> x.compareTo(y) <= 0 ? x : y)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                edges.unpersist();
                return labels;
            }
        }
    }

    /**
     * The cluster of every article that has a link, by path: each component's articles, with their links
     * and texts, go to one task, which names the canonical article as {@link Clusters} does.
     */
    static JavaPairRDD<String, Membership> memberships(JavaRDD<Link> links, JavaPairRDD<String, String> components,
                                                      JavaRDD<Doc> docs, ExecutorStages.Settings settings) {
        JavaPairRDD<String, Iterable<String[]>> linksByPath = links.mapToPair(l -> new Tuple2<>(l.path(), l.stored())).groupByKey();
        // only the linked articles are moved to their components
        Broadcast<Set<String>> linked = JavaSparkContext.fromSparkContext(docs.context()).broadcast(new HashSet<>(components.keys().collect()));
        JavaPairRDD<String, Doc> linkedDocs = docs.filter(d -> linked.value().contains(d.path())).mapToPair(d -> new Tuple2<>(d.path(), d));
        return components.join(linkedDocs)
                .leftOuterJoin(linksByPath)
                .mapToPair(t -> {
                    Doc d = t._2()._1()._2();
                    List<String[]> own = new ArrayList<>();
                    if (t._2()._2().isPresent()) {
                        t._2()._2().get().forEach(own::add);
                    }
                    return new Tuple2<>(t._2()._1()._1(), new Member(d, own));
                })
                .groupByKey()
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
