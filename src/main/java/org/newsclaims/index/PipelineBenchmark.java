package org.newsclaims.index;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.dedup.Reprinting;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.nlp.ChineseAnnotator;

/**
 * The whole ingest pipeline ({@link IngestJob}: read, normalize, money, claims, index, dedup) over a
 * sample grown {@code scale} times by {@link Reprinting}, against two references on the same article
 * bodies: CoreNLP's Chinese pipeline (tokenize, ssplit, pos, lemma, ner: its ner requires lemma),
 * run first, over the first {@value #CORENLP_SAMPLE_CHARS} characters of the original articles'
 * Chinese bodies, and plain Lucene indexing of every body with the store's analyzers.
 *
 * <p>CoreNLP is warmed up on a fifth of its text. The pipeline is warmed up by untimed rounds like
 * the timed ones (an ingest into a scratch store, then plain Lucene on the bodies it stored) over as
 * many files of the grown corpus as the sample has, until the JIT compiler has gone quiet: at least
 * {@value #MIN_WARM_UP_PASSES} passes, then until {@value #QUIET_PASSES} passes in a row kept it busy
 * for less than {@value #QUIET_JIT_SHARE} of their time, at most {@value #MAX_WARM_UP_PASSES}. Then
 * the pipeline and plain Lucene run {@value #TIMED_RUNS} times each, in turn; the medians count, and
 * the pipeline's other figures are those of its median run. Every run starts with no remembered
 * CoreNLP spans, so it meets the text as new. Growing the corpus and loading CoreNLP are not timed;
 * characters are characters of article bodies in all three figures.
 */
public final class PipelineBenchmark {

    static final int CORENLP_SAMPLE_CHARS = 100_000;
    static final int MIN_WARM_UP_PASSES = 4;
    static final int MAX_WARM_UP_PASSES = 30;
    static final int QUIET_PASSES = 2;
    static final double QUIET_JIT_SHARE = 0.05;
    public static final int TIMED_RUNS = 3;

    /**
     * Figures of the median run, after {@code warmUpPasses} untimed passes; rates are per second of
     * wall-clock time, and CPU seconds are those of the whole process (collector and compiler threads
     * included) during the run, of which the JIT compiler was busy {@code jitSeconds}. The peak heap
     * is the most heap found in use after a garbage collection in any run (what a run keeps); the
     * peak with garbage is the most in use at any time, which depends on when the collector chose to run.
     */
    public record Result(int scale, int threads, int warmUpPasses, int articles, long bodyChars, long claims, double seconds,
                         double cpuSeconds, double jitSeconds, CoreNlpShare coreNlpShare, long peakHeapBytes, long peakHeapWithGarbageBytes, long coreNlpChars, double coreNlpSeconds, long luceneChars,
                         double luceneSeconds) {

        public double charsPerSecond() {
            return bodyChars / seconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double claimsPerSecond() {
            return claims / seconds;
        }

        public double coreNlpCharsPerSecond() {
            return coreNlpChars / coreNlpSeconds;
        }

        public double luceneCharsPerSecond() {
            return luceneChars / luceneSeconds;
        }
    }

    /** What the pipeline gave CoreNLP: characters annotated, characters found remembered, and CPU seconds inside CoreNLP. */
    public record CoreNlpShare(long chars, long rememberedChars, double seconds) {
    }

    private PipelineBenchmark() {
    }

    public static Result run(Path sample, int scale, int threads, ArticleReader reader, ClaimExtractor extractor,
                             ReprintDetector detector, FxTable fx, Path workDir) throws IOException {
        Path corpus = grow(sample, scale, reader, Files.createDirectories(workDir.resolve("corpus")));
        // the reference runs first, on the original articles, so that it meets the same text and a
        // fresh heap at every scale
        List<String> chinese = new ArrayList<>();
        long chineseChars = 0;
        for (Path p : IngestJob.listFiles(List.of(sample), new ArrayList<>())) {
            try {
                Article a = reader.read(p);
                if (a.language().isChinese() && chineseChars < CORENLP_SAMPLE_CHARS) {
                    chinese.add(a.bodyText());
                    chineseChars += a.bodyText().length();
                }
            } catch (IngestException e) {
                // the pipeline run reports unreadable files
            }
        }
        double coreNlpSeconds = coreNlpSeconds(chinese);
        // untimed passes load CoreNLP and warm up the JIT: a method run once per article reaches the
        // compiler's threshold only after a dozen passes or more, and compiling it can take half a
        // second of a core. A pass does what a timed round does, on as many files as the sample has
        // (the first of the grown corpus, reprints and all), so that no code the timed rounds run is
        // compiled, or recompiled for types it has not met, during them
        List<Path> corpusFiles = IngestJob.listFiles(List.of(corpus), new ArrayList<>());
        int sampleFiles = IngestJob.listFiles(List.of(sample), new ArrayList<>()).size();
        List<Path> warmUpFiles = corpusFiles.subList(0, Math.min(sampleFiles, corpusFiles.size()));
        int warmUpPasses = 0;
        for (int quiet = 0; warmUpPasses < MAX_WARM_UP_PASSES && (warmUpPasses < MIN_WARM_UP_PASSES || quiet < QUIET_PASSES); ) {
            warmUpPasses++;
            long t0 = System.nanoTime();
            long jit0 = jitMillis();
            ChineseAnnotator.forgetSpans();
            // the timed rounds walk the whole grown corpus: so does each pass, though it ingests only part
            IngestJob.listFiles(List.of(corpus), new ArrayList<>());
            Path scratch = workDir.resolve("warm-up-" + warmUpPasses);
            timedRun(warmUpFiles, threads, reader, extractor, detector, fx, scratch);
            plainLuceneSeconds(bodies(scratch), workDir.resolve("warm-up-lucene-" + warmUpPasses));
            boolean jitQuiet = (jitMillis() - jit0) * 1e6 < QUIET_JIT_SHARE * (System.nanoTime() - t0);
            quiet = jitQuiet ? quiet + 1 : 0;
        }
        // a run of a few seconds is at the mercy of the machine: three runs of each, the pipeline's and
        // plain Lucene's in turn so that each pair meets the same weather, and the medians count
        List<TimedRun> runs = new ArrayList<>();
        double[] lucene = new double[TIMED_RUNS];
        long bodyChars = 0;
        for (int run = 0; run < TIMED_RUNS; run++) {
            ChineseAnnotator.forgetSpans();
            Path data = workDir.resolve("data-" + run);
            runs.add(timedRun(List.of(corpus), threads, reader, extractor, detector, fx, data));
            // read back from each run's store, so that no run carries the bodies in its heap
            List<String> bodies = bodies(data);
            bodyChars = bodies.stream().mapToLong(String::length).sum();
            lucene[run] = plainLuceneSeconds(bodies, workDir.resolve("plain-lucene-" + run));
        }
        Arrays.sort(lucene);
        long peakLive = runs.stream().mapToLong(TimedRun::peakLive).max().orElse(0);
        long peakWithGarbage = runs.stream().mapToLong(TimedRun::peakWithGarbage).max().orElse(0);
        runs.sort(Comparator.comparingLong(r -> r.report().nanos()));
        TimedRun median = runs.get(TIMED_RUNS / 2);
        return new Result(scale, threads, warmUpPasses, median.report().ingested(), bodyChars, median.report().claims(),
                median.report().nanos() / 1e9, median.cpuNanos() / 1e9, median.jitSeconds(), median.share(),
                peakLive, peakWithGarbage, chineseChars, coreNlpSeconds, bodyChars, lucene[TIMED_RUNS / 2]);
    }

    /** One timed ingest of {@code roots} into a new store in {@code data}, with the process's CPU, JIT and heap meanwhile. */
    private record TimedRun(IngestJob.Report report, long cpuNanos, double jitSeconds, CoreNlpShare share, long peakLive,
                            long peakWithGarbage) {
    }

    private static TimedRun timedRun(List<Path> roots, int threads, ArticleReader reader, ClaimExtractor extractor,
                                     ReprintDetector detector, FxTable fx, Path data) throws IOException {
        try (HeapWatch heap = HeapWatch.start(); ArticleStore store = ArticleStore.open(data)) {
            long cpu0 = processCpuNanos();
            long jit0 = jitMillis();
            long coreNlpNanos0 = ChineseAnnotator.nanosAnnotating();
            long coreNlpChars0 = ChineseAnnotator.charsAnnotated();
            long remembered0 = ChineseAnnotator.charsRemembered();
            IngestJob.Report report = new IngestJob(reader, extractor, detector, fx, store, IngestJob.DEFAULT_COMMIT_EVERY, threads)
                    .run(roots, (done, total) -> { });
            long cpuNanos = processCpuNanos() - cpu0;
            double jitSeconds = (jitMillis() - jit0) / 1e3;
            CoreNlpShare share = new CoreNlpShare(ChineseAnnotator.charsAnnotated() - coreNlpChars0,
                    ChineseAnnotator.charsRemembered() - remembered0, (ChineseAnnotator.nanosAnnotating() - coreNlpNanos0) / 1e9);
            return new TimedRun(report, cpuNanos, jitSeconds, share, heap.peakAfterCollections(), heap.peakWithGarbage());
        } catch (ArticleStore.StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The article bodies a store in {@code data} holds. */
    private static List<String> bodies(Path data) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
             DirectoryReader stored = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(stored);
            var fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Integer.MAX_VALUE).scoreDocs) {
                bodies.add(fields.document(hit.doc).get(Fields.BODY));
            }
        }
        return bodies;
    }

    /** Seconds plain Lucene takes to index {@code bodies} (body and exact body, as the store does) into a new index in {@code dir}, commit included. */
    private static double plainLuceneSeconds(List<String> bodies, Path dir) throws IOException {
        long nanos = 0;
        try (FSDirectory plainDir = FSDirectory.open(Files.createDirectories(dir));
             IndexWriter plain = new IndexWriter(plainDir, new IndexWriterConfig(Analyzers.perField()).setRAMBufferSizeMB(64))) {
            for (String body : bodies) {
                Document doc = new Document();
                doc.add(new TextField(Fields.BODY, body, Field.Store.YES));
                doc.add(new TextField(Fields.BODY_EXACT, body, Field.Store.NO));
                long t0 = System.nanoTime();
                plain.addDocument(doc);
                nanos += System.nanoTime() - t0;
            }
            long t0 = System.nanoTime();
            plain.commit();
            nanos += System.nanoTime() - t0;
        }
        return nanos / 1e9;
    }

    /** Milliseconds the JIT compiler threads have spent compiling (0 where the JVM does not tell). */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Seconds CoreNLP's Chinese pipeline takes over {@code texts}, built beforehand (load not timed) and warmed up. */
    private static double coreNlpSeconds(List<String> texts) throws IOException {
        Properties props = new Properties();
        try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            if (in == null) {
                throw new IOException("StanfordCoreNLP-chinese.properties is not on the class path");
            }
            props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // the segmenter newsclaims uses (see ChineseAnnotator): same output, and one copy in memory, not two
        props.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        // warmed up like the pipeline: an untimed pass over part of the text
        long warm = 0;
        for (int i = 0; i < texts.size() && warm < CORENLP_SAMPLE_CHARS / 5; i++) {
            pipeline.annotate(new CoreDocument(texts.get(i)));
            warm += texts.get(i).length();
        }
        long t0 = System.nanoTime();
        for (String text : texts) {
            pipeline.annotate(new CoreDocument(text));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // CoreNLP keeps every annotator it loads in a static pool; this one's models must not weigh on the pipeline's heap
        StanfordCoreNLP.clearAnnotatorPool();
        return seconds;
    }

    /**
     * The sample copied into {@code out}, each readable article followed by its {@code scale - 1}
     * reprints as UTF-8 text files beside it; files that cannot be read are copied as they are.
     */
    static Path grow(Path sample, int scale, ArticleReader reader, Path out) throws IOException {
        for (Path p : IngestJob.listFiles(List.of(sample), new ArrayList<>())) {
            Path copy = out.resolve(sample.relativize(p).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(p, copy);
            Article a;
            try {
                a = reader.read(p);
            } catch (IngestException e) {
                continue;
            }
            for (int k = 1; k < scale; k++) {
                String text = Reprinting.reprint(a.text(), k, a.language().isChinese(), a.language().tag().equals("zh-Hant"));
                Files.writeString(copy.resolveSibling(copy.getFileName() + ".reprint" + k + ".txt"), text, StandardCharsets.UTF_8);
            }
        }
        return out;
    }

    /** Heap in use: the peak after collections (from the collectors' notifications) and the peak of the pools. */
    private static final class HeapWatch implements AutoCloseable {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final Set<String> heapPools = new HashSet<>();
        private final AtomicLong peakAfter = new AtomicLong();
        private final NotificationListener listener = (n, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                peakAfter.accumulateAndGet(used, Math::max);
            }
        };

        static HeapWatch start() {
            System.gc();
            HeapWatch w = new HeapWatch();
            for (MemoryPoolMXBean p : w.pools) {
                w.heapPools.add(p.getName());
                p.resetPeakUsage();
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(w.listener, null, null);
            }
            return w;
        }

        long peakAfterCollections() {
            return peakAfter.get();
        }

        long peakWithGarbage() {
            return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        @Override
        public void close() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // not registered with this collector
                }
            }
        }
    }
}
