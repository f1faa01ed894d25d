package org.newsclaims.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.RecentFingerprints;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.dedup.ReprintLink;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.index.StoredFingerprints;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.money.FxTable;
import org.newsclaims.pipeline.IngestJob;
import org.newsclaims.pipeline.Stages;

/**
 * Reprint detection at growing corpus sizes: the sample, and the sample grown N times by
 * reprinting each article ({@link Reprinting}), each added to a fresh store one article at a
 * time (fingerprint, candidates, verification, storage), then clustered. Articles are read
 * before the clock starts: this measures reprint detection, not parsing.
 */
public final class ReprintBenchmark {

    static final int COMMIT_EVERY = 200;

    public record Size(int scale, int documents, double seconds, double documentsPerSecond, long links,
                       int clusters, int clustersWithReprints, double clusterSeconds) {
    }

    private ReprintBenchmark() {
    }

    public static List<Size> run(Path sample, List<Integer> scales, Stages stages, Path workDir) throws IOException {
        ArticleReader reader = stages.reader();
        ReprintDetector detector = stages.reprints();
        List<Article> originals = new ArrayList<>();
        for (Path p : IngestJob.listFiles(List.of(sample), new ArrayList<>())) {
            try {
                originals.add(reader.read(p));
            } catch (IngestException e) {
                // the benchmark runs on what can be read; ingest reports the rest
            }
        }
        for (Article a : originals) {
            detector.fingerprint(a); // warm-up: the first size should not pay for class loading and JIT
        }
        List<Size> sizes = new ArrayList<>();
        for (int scale : scales) {
            List<Article> corpus = grow(originals, scale, reader);
            Path data = Files.createTempDirectory(workDir, "bench-" + scale + "x-");
            long t0 = System.nanoTime();
            try (ArticleStore store = ArticleStore.open(data, stages.build())) {
                long links = addAll(store, corpus, detector, stages.fx());
                double seconds = (System.nanoTime() - t0) / 1e9;
                long c0 = System.nanoTime();
                var searcher = store.searcher();
                Clusters clusters = StoredClusters.build(searcher, stages.markers());
                searcher.getIndexReader().close();
                double clusterSeconds = (System.nanoTime() - c0) / 1e9;
                int multi = (int) clusters.all().stream().filter(c -> c.size() > 1).count();
                sizes.add(new Size(scale, corpus.size(), seconds, corpus.size() / seconds, links, clusters.all().size(),
                        multi, clusterSeconds));
            } catch (ArticleStore.StoreException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return sizes;
    }

    /**
     * Adds {@code corpus} to {@code store} one article at a time, each linked to its reprints among
     * those added before it, as an ingest does, and commits; returns the number of reprint links.
     */
    public static long addAll(ArticleStore store, List<Article> corpus, ReprintDetector detector, FxTable fx) throws IOException {
        long links = 0;
        var searcher = store.searcher();
        RecentFingerprints recent = new RecentFingerprints();
        for (int i = 0; i < corpus.size(); i++) {
            Article a = corpus.get(i);
            Fingerprint f = detector.fingerprint(a);
            List<ReprintLink> found = detector.links(f, new StoredFingerprints(searcher), recent);
            links += found.stream().filter(ReprintLink::reprint).count();
            store.put(a, "bench", List.of(), fx, f, found);
            recent.add(f);
            if ((i + 1) % COMMIT_EVERY == 0) {
                store.commit();
                searcher.getIndexReader().close();
                searcher = store.searcher();
                recent.clear();
            }
        }
        store.commit();
        searcher.getIndexReader().close();
        return links;
    }

    /** Each original followed by its {@code scale - 1} reprints. */
    static List<Article> grow(List<Article> originals, int scale, ArticleReader reader) {
        List<Article> out = new ArrayList<>(originals.size() * scale);
        for (Article a : originals) {
            out.add(a);
            for (int k = 1; k < scale; k++) {
                String text = Reprinting.reprint(a.text(), k, a.language().isChinese(), a.language().tag().equals("zh-Hant"));
                Path name = a.path().resolveSibling(a.path().getFileName() + ".reprint" + k + ".txt");
                try {
                    out.add(reader.read(name, text.getBytes(StandardCharsets.UTF_8)));
                } catch (IngestException e) {
                    // a transformation that leaves no article text is no reprint
                }
            }
        }
        return out;
    }
}
