package org.newsclaims.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.Models;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Reprint clusters, from the links stored when articles were added. Links do not simply chain
 * (average linkage): taking the links strongest first, two groups merge only if more than half of
 * the pairs across them are linked and none is kept {@link ReprintLink#APART apart}, so one wrong
 * link cannot merge two stories, and two bulletins of different days stay apart even when both match
 * a third article.
 * Cheap to build (one small stored field per article), so it is built per query and always
 * reflects the whole store. The canonical article of a cluster is the earliest dated (a date
 * whose year was inferred counts as undated), else an original over a translation, else the longest.
 */
public final class Clusters {

    /**
     * An article as clustering sees it. {@code links}: its stored reprint links, each {target path,
     * doc id, relation, score} ({@link ReprintLink#stored()}).
     */
    public record Node(String path, String docId, String lang, String title, String date, boolean dateTrusted,
                       List<String[]> links) {
    }

    /** The body and raw text of an article ({@code text}: the raw page, where translation notices stand). */
    public record Texts(String body, String text) {
    }

    /** Reads an article's texts: needed only for the members of clusters of two or more. */
    @FunctionalInterface
    public interface TextReader {
        Texts read(Node node) throws IOException;
    }

    private record Loaded(Node node, String body, String text) {
        String path() {
            return node.path();
        }
    }

    private final Map<String, Cluster> byPath;
    private final List<Cluster> all;

    private Clusters(Map<String, Cluster> byPath, List<Cluster> all) {
        this.byPath = byPath;
        this.all = all;
    }

    /** Clusters, largest first, then by canonical path. */
    public List<Cluster> all() {
        return all;
    }

    public Cluster ofPath(String path) {
        return byPath.get(path);
    }

    /** A stored link between two articles, either way round. */
    private record Edge(String a, String b, double score) {
    }

    /** The clusters of {@code nodes} (every article of the store), their texts read through {@code texts} where needed. */
    public static Clusters of(Collection<Node> nodes, TextReader texts, Markers markers) throws IOException {
        Map<String, Node> byNodePath = new HashMap<>();
        for (Node node : nodes) {
            byNodePath.put(node.path(), node);
        }
        Map<String, Set<String>> linked = new HashMap<>();
        Map<String, Set<String>> apart = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (Node node : nodes) {
            for (String[] link : node.links()) {
                if (!byNodePath.containsKey(link[0]) || link[0].equals(node.path())) {
                    continue;
                }
                boolean keptApart = ReprintLink.APART.equals(link[2]);
                (keptApart ? apart : linked).computeIfAbsent(node.path(), k -> new HashSet<>()).add(link[0]);
                (keptApart ? apart : linked).computeIfAbsent(link[0], k -> new HashSet<>()).add(node.path());
                if (!keptApart) {
                    edges.add(new Edge(node.path(), link[0], Double.parseDouble(link[3])));
                }
            }
        }
        // strongest links first, so copies gather before looser reprints are weighed against them
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.score()).thenComparing(Edge::a).thenComparing(Edge::b));
        Map<String, List<Node>> groupOf = new HashMap<>();
        for (Node node : nodes) {
            groupOf.put(node.path(), new ArrayList<>(List.of(node)));
        }
        for (Edge e : edges) {
            List<Node> a = groupOf.get(e.a());
            List<Node> b = groupOf.get(e.b());
            if (a != b && agree(a, b, linked, apart, groupOf)) {
                List<Node> into = a.size() >= b.size() ? a : b;
                List<Node> from = into == a ? b : a;
                into.addAll(from);
                from.forEach(n -> groupOf.put(n.path(), into));
            }
        }
        List<List<Node>> groups = new ArrayList<>();
        Set<List<Node>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : nodes) {
            List<Node> group = groupOf.get(node.path());
            if (seen.add(group)) {
                groups.add(group);
            }
        }
        Map<String, Cluster> byPath = new HashMap<>();
        List<Cluster> all = new ArrayList<>();
        for (List<Node> members : groups) {
            Cluster c = members.size() == 1 ? new Cluster(members.get(0).docId(), members.get(0).path(),
                    List.of(member(members.get(0), "canonical", 1.0))) : cluster(load(texts, members), markers);
            all.add(c);
            for (Node m : members) {
                byPath.put(m.path(), c);
            }
        }
        all.sort(Comparator.comparingInt(Cluster::size).reversed().thenComparing(c -> c.members().get(0).path()));
        return new Clusters(byPath, all);
    }

    /**
     * Whether two groups may merge: more than half of the pairs across them are linked, and none is
     * kept apart.
     */
    private static boolean agree(List<Node> a, List<Node> b, Map<String, Set<String>> linked,
                                 Map<String, Set<String>> apart, Map<String, List<Node>> groupOf) {
        List<Node> small = a.size() <= b.size() ? a : b;
        List<Node> large = small == a ? b : a;
        long pairs = 0;
        for (Node m : small) {
            for (String other : apart.getOrDefault(m.path(), Set.of())) {
                if (groupOf.get(other) == large) {
                    return false;
                }
            }
            for (String other : linked.getOrDefault(m.path(), Set.of())) {
                if (groupOf.get(other) == large) {
                    pairs++;
                }
            }
        }
        return pairs * 2 > (long) a.size() * b.size();
    }

    private static List<Loaded> load(TextReader texts, List<Node> members) throws IOException {
        List<Loaded> out = new ArrayList<>();
        for (Node m : members) {
            Texts t = texts.read(m);
            out.add(new Loaded(m, t.body(), t.text()));
        }
        return out;
    }

    private static Cluster cluster(List<Loaded> members, Markers markers) {
        boolean mixed = members.stream().map(m -> m.node().lang().startsWith("zh")).distinct().count() > 1;
        Comparator<Loaded> order = Comparator
                .comparing((Loaded m) -> m.node().dateTrusted() && m.node().date() != null ? m.node().date() : "9999")
                .thenComparing(m -> mixed && markers.translation(m.text()) ? 1 : 0)
                .thenComparing(Comparator.comparingInt((Loaded m) -> m.body().length()).reversed())
                .thenComparing(Loaded::path);
        Loaded first = members.stream().min(order).orElseThrow();
        Node canonical = first.node();
        List<Cluster.Member> out = new ArrayList<>();
        out.add(member(canonical, markers.spun(first.body(), canonical.lang()) ? "spun" : "canonical", 1.0));
        List<Node> nodes = members.stream().map(Loaded::node).toList();
        members.stream().filter(m -> m != first).sorted(order).map(Loaded::node).forEach(m -> {
            String[] link = strongestLink(m, canonical, nodes);
            String relation = link == null ? "near_duplicate" : link[2];
            if (!m.lang().substring(0, 2).equals(canonical.lang().substring(0, 2))) {
                relation = "translation";
            } else if ("translation".equals(relation)) {
                relation = "near_duplicate";
            }
            out.add(member(m, relation, link == null ? 0 : Double.parseDouble(link[3])));
        });
        return new Cluster(canonical.docId(), canonical.path(), out);
    }

    /** The link between {@code m} and the canonical if there is one, else {@code m}'s strongest link into the cluster. */
    private static String[] strongestLink(Node m, Node canonical, List<Node> members) {
        List<String[]> direct = linksBetween(m, canonical);
        if (!direct.isEmpty()) {
            return direct.get(0);
        }
        String[] best = null;
        for (Node other : members) {
            for (String[] link : other == m ? List.<String[]>of() : linksBetween(m, other)) {
                if (best == null || Double.parseDouble(link[3]) > Double.parseDouble(best[3])) {
                    best = link;
                }
            }
        }
        return best;
    }

    /** Links stored on either side between two nodes, as stored: {target path, doc id, relation, score}. */
    private static List<String[]> linksBetween(Node a, Node b) {
        List<String[]> out = new ArrayList<>();
        for (String[] l : a.links()) {
            if (l[0].equals(b.path()) && !ReprintLink.APART.equals(l[2])) {
                out.add(l);
            }
        }
        for (String[] l : b.links()) {
            if (l[0].equals(a.path()) && !ReprintLink.APART.equals(l[2])) {
                out.add(l);
            }
        }
        return out;
    }

    private static Cluster.Member member(Node n, String relation, double score) {
        return new Cluster.Member(n.docId(), n.path(), n.lang(), n.title(), n.date(), relation, score);
    }

    /**
     * Marks a text carries: that it is a translation ({@code models/dedup/translation-markers.txt}),
     * or that it was spun (at least three different spinner substitutions of {@code models/claims/spin.tsv}).
     */
    public record Markers(List<String> translation, List<String> spinZh) {

        static final int SPIN_MARKERS = 3;

        /** Reads {@code dedup/translation-markers.txt} and the markers of {@code claims/spin.tsv}. */
        public static Markers load(Models models) {
            List<String> translation = new ArrayList<>();
            for (String line : models.lines("dedup/translation-markers.txt")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    translation.add(fold(line.strip()));
                }
            }
            List<String> spin = new ArrayList<>();
            for (String line : models.lines("claims/spin.tsv")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 3 && f[1].equals("marker")) {
                    spin.add(TextNormalizer.toSimplified(f[2]));
                }
            }
            return new Markers(translation, spin);
        }

        public boolean translation(String text) {
            String folded = fold(text);
            return translation.stream().anyMatch(folded::contains);
        }

        boolean spun(String text, String lang) {
            if (!lang.startsWith("zh")) {
                return false;
            }
            String simplified = TextNormalizer.toSimplified(text);
            return spinZh.stream().filter(simplified::contains).count() >= SPIN_MARKERS;
        }

        private static String fold(String s) {
            return TextNormalizer.nfkcText(s).toLowerCase(Locale.ROOT);
        }
    }
}
