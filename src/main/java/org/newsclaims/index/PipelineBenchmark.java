package org.newsclaims.index;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
 * bodies: CoreNLP's Chinese pipeline (tokenize, ssplit, pos, lemma, ner), run first, over the first
 * {@value #CORENLP_SAMPLE_CHARS} characters of the original articles' Chinese bodies, and plain Lucene indexing of every body
 * with the store's analyzers. Growing the corpus and loading CoreNLP are not timed; characters are
 * characters of article bodies in all three figures.
 */
public final class PipelineBenchmark {

    static final int CORENLP_SAMPLE_CHARS = 100_000;
    static final int COMMIT_EVERY = 50;

    /** Figures of one run; rates are per second of wall-clock time. */
    public record Result(int scale, int threads, int articles, long bodyChars, long claims, double seconds,
                         long peakHeapBytes, long coreNlpChars, double coreNlpSeconds, long luceneChars,
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
        ChineseAnnotator.annotate("预热", 0, 2); // loads CoreNLP, which is not timed
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        IngestJob.Report report;
        Path data = workDir.resolve("data");
        try (ArticleStore store = ArticleStore.open(data)) {
            report = new IngestJob(reader, extractor, detector, fx, store, COMMIT_EVERY, threads)
                    .run(List.of(corpus), (done, total) -> { });
        } catch (ArticleStore.StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        long bodyChars = 0;
        long luceneNanos = 0;
        try (FSDirectory ours = FSDirectory.open(data.resolve("index"));
             DirectoryReader stored = DirectoryReader.open(ours);
             FSDirectory plainDir = FSDirectory.open(Files.createDirectories(workDir.resolve("plain-lucene")));
             IndexWriter plain = new IndexWriter(plainDir, new IndexWriterConfig(Analyzers.perField()).setRAMBufferSizeMB(64))) {
            IndexSearcher searcher = new IndexSearcher(stored);
            var fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Integer.MAX_VALUE).scoreDocs) {
                Document d = fields.document(hit.doc);
                String body = d.get(Fields.BODY);
                bodyChars += body.length();
                Document doc = new Document();
                doc.add(new TextField(Fields.BODY, body, Field.Store.YES));
                doc.add(new TextField(Fields.BODY_EXACT, body, Field.Store.NO));
                long t0 = System.nanoTime();
                plain.addDocument(doc);
                luceneNanos += System.nanoTime() - t0;
            }
            long t0 = System.nanoTime();
            plain.commit();
            luceneNanos += System.nanoTime() - t0;
        }
        return new Result(scale, threads, report.ingested(), bodyChars, report.claims(), report.nanos() / 1e9, peak,
                chineseChars, coreNlpSeconds, bodyChars, luceneNanos / 1e9);
    }

    /** Seconds CoreNLP's Chinese pipeline takes over {@code texts}, built once beforehand (load not timed) and warmed up. */
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
        pipeline.annotate(new CoreDocument("据报道，该公司去年亏损50亿美元。"));
        long t0 = System.nanoTime();
        for (String text : texts) {
            pipeline.annotate(new CoreDocument(text));
        }
        return (System.nanoTime() - t0) / 1e9;
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
}
