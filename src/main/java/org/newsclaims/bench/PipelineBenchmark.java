package org.newsclaims.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
import org.newsclaims.UserError;
import org.newsclaims.index.Analyzers;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.index.Fields;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.pipeline.IngestJob;
import org.newsclaims.pipeline.Stages;

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
 * the pipeline's other figures are those of its median run; one more, untimed ingest measures the
 * live heap. Every run starts with no remembered
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
     * Files between full collections in the run that measures the live heap. The collection comes
     * after the 99th file of each hundred, so with the default 500 files between commits it also
     * comes just before each commit, when the index writer's buffer is fullest.
     */
    public static final int LIVE_SAMPLE_EVERY = 100;
    /**
     * The progress of warm-up passes and timed runs: one object for both. The ingest loop compiled
     * for one progress class is thrown away and compiled again when it meets another: with a lambda
     * of their own, the timed runs did that in the first of them.
     */
    private static final IngestJob.Progress SILENT = (done, total) -> { };

    /**
     * Figures of the median run, after {@code warmUpPasses} untimed passes; rates are per second of
     * wall-clock time, and CPU seconds are those of the whole process (collector and compiler threads
     * included) during the run, of which the JIT compiler was busy {@code jitSeconds}. The peak live
     * heap is the most heap still in use after a full collection, in one more run that collects every
     * {@value #LIVE_SAMPLE_EVERY} files (what an ingest keeps); the peak with garbage is the most in
     * use at any time in the timed runs, which depends on when the collector chose to run.
     */
    public record Result(int scale, int threads, int warmUpPasses, int articles, long bodyChars, long claims, double seconds,
                         double cpuSeconds, double jitSeconds, CoreNlpShare coreNlpShare, long peakLiveHeapBytes, long peakHeapWithGarbageBytes, long coreNlpChars, double coreNlpSeconds, long luceneChars,
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

        static CoreNlpShare of(ChineseAnnotator.Statistics s) {
            return new CoreNlpShare(s.chars(), s.rememberedChars(), s.cpuNanos() / 1e9);
        }
    }

    private PipelineBenchmark() {
    }

    /** Runs the benchmark in {@code workDir}, telling {@code step} what it is doing as it goes. */
    public static Result run(Path sample, int scale, int threads, Stages stages, Path workDir,
                             Consumer<String> step) throws IOException, UserError {
        if (!Files.isDirectory(sample)) {
            throw new UserError("no such folder: " + sample);
        }
        // the reference's text comes first: a folder without Chinese articles is refused before
        // anything is grown. The reference runs first too, on the original articles, so that it
        // meets the same text and a fresh heap at every scale
        List<Path> sampleFiles = IngestJob.listFiles(List.of(sample), new ArrayList<>());
        List<String> chinese = new ArrayList<>();
        long chineseChars = 0;
        for (Path p : sampleFiles) {
            if (chineseChars >= CORENLP_SAMPLE_CHARS) {
                break;
            }
            try {
                Article a = stages.reader().read(p);
                if (a.language().isChinese()) {
                    chinese.add(a.bodyText());
                    chineseChars += a.bodyText().length();
                }
            } catch (IngestException e) {
                // the pipeline run reports unreadable files
            }
        }
        if (chineseChars == 0) {
            // without them there is no reference to measure the pipeline against
            throw new UserError("no readable Chinese articles in " + sample + ": the benchmark compares with CoreNLP on them");
        }
        step.accept("growing the sample " + scale + "x");
        Path corpus = grow(sample, scale, stages.reader(), Files.createDirectories(workDir.resolve("corpus")));
        step.accept("CoreNLP's Chinese pipeline on " + chineseChars + " chars (loading its models first)");
        double coreNlpSeconds = coreNlpSeconds(chinese);
        // untimed passes load CoreNLP and warm up the JIT: a method run once per article reaches the
        // compiler's threshold only after a dozen passes or more, and compiling it can take half a
        // second of a core. A pass does what a timed round does, on as many files as the sample has,
        // so that little code the timed rounds run is compiled, or recompiled for types it has not
        // met, during them: one copy of every article of the sample (each kind of reprint in turn),
        // in a directory, as the timed rounds walk one. At 16x the timed rounds still compile what
        // only a large index reaches (merging segments) and some branches only other copies take
        Path warmUpCorpus = spreadFiles(corpus, sampleFiles.size(), workDir.resolve("warm-up-corpus"));
        int warmUpPasses = 0;
        for (int quiet = 0; warmUpPasses < MAX_WARM_UP_PASSES && (warmUpPasses < MIN_WARM_UP_PASSES || quiet < QUIET_PASSES); ) {
            warmUpPasses++;
            step.accept("warming up: pass " + warmUpPasses + " (until the JIT compiler is quiet)");
            long t0 = System.nanoTime();
            long jit0 = jitMillis();
            stages.annotator().forgetSpans();
            // the timed rounds walk the whole grown corpus: so does each pass, though it ingests only part
            IngestJob.listFiles(List.of(corpus), new ArrayList<>());
            Path scratch = workDir.resolve("warm-up-" + warmUpPasses);
            timedRun(List.of(warmUpCorpus), threads, stages, scratch, SILENT);
            plainLucene(scratch, workDir.resolve("warm-up-lucene-" + warmUpPasses));
            boolean jitQuiet = (jitMillis() - jit0) * 1e6 < QUIET_JIT_SHARE * (System.nanoTime() - t0);
            quiet = jitQuiet ? quiet + 1 : 0;
        }
        // a run of a few seconds is at the mercy of the machine: three runs of each, the pipeline's and
        // plain Lucene's in turn so that each pair meets the same weather, and the medians count
        List<TimedRun> runs = new ArrayList<>();
        double[] lucene = new double[TIMED_RUNS];
        long bodyChars = 0;
        for (int run = 0; run < TIMED_RUNS; run++) {
            stages.annotator().forgetSpans();
            Path data = workDir.resolve("data-" + run);
            step.accept("timed run " + (run + 1) + " of " + TIMED_RUNS + ": the pipeline, then plain Lucene");
            runs.add(timedRun(List.of(corpus), threads, stages, data, SILENT));
            PlainLuceneRun plain = plainLucene(data, workDir.resolve("plain-lucene-" + run));
            bodyChars = plain.chars();
            lucene[run] = plain.seconds();
        }
        Arrays.sort(lucene);
        step.accept("live heap: one more ingest, collecting every " + LIVE_SAMPLE_EVERY + " files");
        long peakLive = peakLiveHeap(corpus, threads, stages, workDir.resolve("live-heap"));
        long peakWithGarbage = runs.stream().mapToLong(TimedRun::peakWithGarbage).max().orElse(0);
        runs.sort(Comparator.comparingLong(r -> r.report().nanos()));
        TimedRun median = runs.get(TIMED_RUNS / 2);
        return new Result(scale, threads, warmUpPasses, median.report().ingested(), bodyChars, median.report().claims(),
                median.report().nanos() / 1e9, median.cpuNanos() / 1e9, median.jitSeconds(), median.share(),
                peakLive, peakWithGarbage, chineseChars, coreNlpSeconds, bodyChars, lucene[TIMED_RUNS / 2]);
    }

    /** One timed ingest of {@code roots} into a new store in {@code data}, telling {@code progress}, with the process's CPU, JIT and heap meanwhile. */
    record TimedRun(IngestJob.Report report, long cpuNanos, double jitSeconds, CoreNlpShare share, long peakWithGarbage) {
    }

    static TimedRun timedRun(List<Path> roots, int threads, Stages stages, Path data, IngestJob.Progress progress) throws IOException {
        HeapUse.resetPeak();
        try (ArticleStore store = ArticleStore.open(data, stages.build())) {
            long cpu0 = processCpuNanos();
            long jit0 = jitMillis();
            ChineseAnnotator.Statistics coreNlp0 = stages.annotator().statistics();
            IngestJob.Report report = new IngestJob(stages, store, IngestJob.DEFAULT_COMMIT_EVERY, threads)
                    .run(roots, progress);
            long cpuNanos = processCpuNanos() - cpu0;
            double jitSeconds = (jitMillis() - jit0) / 1e3;
            CoreNlpShare share = CoreNlpShare.of(stages.annotator().statistics().since(coreNlp0));
            return new TimedRun(report, cpuNanos, jitSeconds, share, HeapUse.peakWithGarbage());
        } catch (ArticleStore.StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The most heap in use after a full collection, in an untimed ingest of {@code corpus} into a new
     * store in {@code data} that collects every {@value #LIVE_SAMPLE_EVERY} files. A young collection
     * moves what has lived a while (the index writer's buffers, the files read ahead) to the old
     * generation, where it stays after it dies until the old generation fills; the heap after young
     * collections therefore grows with the length of the run, and only a full collection shows what
     * the ingest keeps.
     */
    private static long peakLiveHeap(Path corpus, int threads, Stages stages, Path data) throws IOException {
        stages.annotator().forgetSpans();
        AtomicLong peak = new AtomicLong(HeapUse.live());
        timedRun(List.of(corpus), threads, stages, data, (done, total) -> {
            if (done % LIVE_SAMPLE_EVERY == LIVE_SAMPLE_EVERY - 1 || done == total) {
                peak.accumulateAndGet(HeapUse.live(), Math::max);
            }
        });
        return peak.get();
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

    /** Characters of the bodies plain Lucene indexed, and the seconds it took. */
    private record PlainLuceneRun(long chars, double seconds) {
    }

    /**
     * Plain Lucene indexing (body and exact body, as the store does) of the bodies the store in
     * {@code data} holds, into a new index in {@code dir}, commit included. The bodies are read back
     * from the store, so that no run carries them in its heap, and dropped when it returns.
     */
    private static PlainLuceneRun plainLucene(Path data, Path dir) throws IOException {
        List<String> bodies = bodies(data);
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
        return new PlainLuceneRun(bodies.stream().mapToLong(String::length).sum(), nanos / 1e9);
    }

    /** Milliseconds the JIT compiler threads have spent compiling (0 where the JVM does not tell). */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static long processCpuNanos() {
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

    /**
     * {@code count} files spread evenly over the walk of {@code corpus}, linked (or copied) into
     * {@code out} at the same relative paths: from the {@code k}-th stretch of {@code s = n / count}
     * files, the one at {@code k mod s}. A corpus grown {@code s} times holds each article followed by
     * its {@code s - 1} reprints, so this gives about every article once, as each of its copies in turn.
     */
    static Path spreadFiles(Path corpus, int count, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> files = IngestJob.listFiles(List.of(corpus), new ArrayList<>());
        int stride = Math.max(1, files.size() / Math.max(1, count));
        // k * stride + k % stride < (k + 1) * stride <= files.size() for every k < count
        for (int k = 0; k < Math.min(count, files.size()); k++) {
            Path p = files.get(k * stride + k % stride);
            Path copy = out.resolve(corpus.relativize(p).toString());
            Files.createDirectories(copy.getParent());
            try {
                Files.createLink(copy, p);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(p, copy);
            }
        }
        return out;
    }
}
