package org.newsclaims.dedup;

import static org.newsclaims.TestStages.STAGES;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.bench.ReprintBenchmark;
import org.newsclaims.bench.Reprinting;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.pipeline.IngestJob;

/**
 * Clusters over the news sample with reprints made of every article: each kind of reprint must
 * join its original's cluster, and a copy of an article with other figures (a template bulletin of
 * another day) must never share one with it, however the links chain.
 */
class ClusterQualityTest {

    private static final ArticleReader READER = STAGES.reader();
    private static final ReprintDetector DETECTOR = STAGES.reprints();

    /**
     * What a made copy is to its original: a reprint of some kind, or (of a text that states its
     * date) the same bulletin a day later with its other figures changed, which must stay apart.
     */
    enum Made { DUPLICATE, EDITED, SCRIPT, SPUN, TEMPLATE }

    private record Copy(Made kind, String original, String path) {
    }

    @TempDir
    static Path tmp;

    private static Clusters clusters;
    private static final List<Copy> COPIES = new ArrayList<>();
    private static final List<String> ORIGINALS = new ArrayList<>();

    @BeforeAll
    static void clusterTheSampleWithItsCopies() throws Exception {
        List<Article> corpus = new ArrayList<>();
        for (Path p : IngestJob.listFiles(List.of(Path.of("../shared/news-sample")), new ArrayList<>())) {
            Article a;
            try {
                a = READER.read(p);
            } catch (IngestException e) {
                continue;
            }
            corpus.add(a);
            String key = Article.key(a.path());
            ORIGINALS.add(key);
            boolean zh = a.language().isChinese();
            Map<Made, String> made = new LinkedHashMap<>();
            made.put(Made.DUPLICATE, Reprinting.withNewChrome(a.text()));
            made.put(Made.EDITED, Reprinting.editedLead(a.bodyText(), zh));
            if (zh) {
                made.put(Made.SCRIPT, Reprinting.otherScript(a.text(), a.language().tag().equals("zh-Hant")));
            }
            made.put(Made.SPUN, Reprinting.swapEveryFifthWord(a.text(), zh));
            if (Reprinting.dated(a.bodyText())) {
                made.put(Made.TEMPLATE, Reprinting.nextDay(a.text()));
            }
            for (Map.Entry<Made, String> e : made.entrySet()) {
                Path file = tmp.resolve(e.getKey().name().toLowerCase() + "-" + p.getFileName());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                try {
                    corpus.add(READER.read(file));
                    COPIES.add(new Copy(e.getKey(), key, Article.key(file)));
                } catch (IngestException notAnArticle) {
                    // a transformation that leaves no article text makes no copy
                }
            }
        }
        try (ArticleStore store = ArticleStore.open(tmp.resolve("data"), STAGES.build())) {
            ReprintBenchmark.addAll(store, corpus, DETECTOR, STAGES.fx());
            var searcher = store.searcher();
            clusters = StoredClusters.build(searcher, STAGES.markers());
            searcher.getIndexReader().close();
        }
    }

    private static boolean together(String a, String b) {
        return clusters.ofPath(a) == clusters.ofPath(b);
    }

    @Test
    void reprintsJoinTheirOriginalAndBulletinsOfAnotherDayStayApart() {
        Map<Made, int[]> byKind = new TreeMap<>();
        List<String> merged = new ArrayList<>();
        for (Copy c : COPIES) {
            int[] n = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
            n[1]++;
            if (together(c.original(), c.path())) {
                n[0]++;
            }
            // a bulletin of another day shares a cluster with neither its original nor any copy of it
            if (c.kind() == Made.TEMPLATE) {
                for (Copy other : COPIES) {
                    if (other.original().equals(c.original()) && other != c && together(c.path(), other.path())
                            || together(c.path(), c.original())) {
                        merged.add(Path.of(c.path()).getFileName().toString());
                        break;
                    }
                }
            }
        }
        System.out.println("clusters of the news sample and copies made of it (" + ORIGINALS.size() + " articles, "
                + COPIES.size() + " copies):");
        for (Map.Entry<Made, int[]> e : byKind.entrySet()) {
            int[] n = e.getValue();
            System.out.printf("  %-9s %d/%d in their original's cluster (%.3f)%n", e.getKey(), n[0], n[1], (double) n[0] / n[1]);
        }
        System.out.println("  bulletins of another day merged with their original or its copies: " + merged.size() + " " + merged);
        // the sample holds real reprints of its own (n080 and n453 are one gold bulletin), so originals do share clusters
        System.out.println("  the " + ORIGINALS.size() + " originals are in " + ORIGINALS.stream().map(clusters::ofPath).distinct().count()
                + " clusters");
        assertTrue(merged.isEmpty(), "bulletins of another day share a cluster with their original: " + merged);
        for (Made kind : List.of(Made.DUPLICATE, Made.SCRIPT)) {
            assertTrue(byKind.get(kind)[0] >= 0.99 * byKind.get(kind)[1], kind + " recall");
        }
        assertTrue(byKind.get(Made.EDITED)[0] >= 0.95 * byKind.get(Made.EDITED)[1], "edited recall");
        assertTrue(byKind.get(Made.SPUN)[0] >= 0.9 * byKind.get(Made.SPUN)[1], "spun recall");
    }
}
