package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.search.IndexSearcher;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.RecentFingerprints;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.dedup.ReprintLink;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.index.StoredFingerprints;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.FxTable;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Reads files into the store, with the claims extracted from them: unchanged files (same bytes as stored for their path,
 * extracted by the store's {@link org.newsclaims.index.BuildFingerprint build}) are skipped, changed ones replaced, files that another build
 * extracted are extracted again, unreadable ones reported and skipped. Commits every
 * {@code commitEvery} files, so an interrupted run keeps what it committed and a rerun finishes.
 * Reading and extraction run on worker threads; reprint linking and commits happen in file order
 * on the calling thread, and storing in file order on a writer thread, so the result is the same
 * whatever the number of workers.
 */
public final class IngestJob {

    public record Failure(String path, String reason) {
    }

    /** {@code reextracted}: of the {@code ingested}, the files whose bytes were stored already but extracted by another build. */
    public record Report(int ingested, int unchanged, int reextracted, List<Failure> failed, long characters, long claims, long nanos) {
        public Report {
            failed = List.copyOf(failed);
        }
    }

    /** Called after each file; {@code done} of {@code total}. */
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * Files between commits unless told otherwise: a commit syncs the index to disk and opens a new
     * searcher, which costs about as much as storing a few dozen articles, and a crash loses at most
     * this many files, which a rerun ingests again.
     */
    public static final int DEFAULT_COMMIT_EVERY = 500;
    /**
     * Files each worker may have read ahead of the one being linked: enough for the workers to keep
     * both cores busy while the linking thread commits (with the default 500 files between commits,
     * a commit takes 0.3–0.5 s, as long as extracting about a hundred files).
     */
    static final int AHEAD_PER_WORKER = 64;
    /** Bytes of files read ahead at most, whatever their number: a window of large files must not fill the heap. */
    static final long AHEAD_BYTES = 64L << 20;
    /** Linked files the writer may have yet to store. */
    static final int STORE_AHEAD = 32;

    private final ArticleReader reader;
    private final ClaimExtractor extractor;
    private final ReprintDetector reprints;
    private final FxTable fx;
    private final ArticleStore store;
    private final int commitEvery;
    private final int threads;

    /** {@code threads} workers read and extract files in parallel; linking and storing stay in file order. */
    public IngestJob(Stages stages, ArticleStore store, int commitEvery, int threads) {
        this.reader = stages.reader();
        this.extractor = stages.claims();
        this.reprints = stages.reprints();
        this.fx = stages.fx();
        this.store = store;
        this.commitEvery = commitEvery;
        this.threads = threads;
    }

    public Report run(List<Path> roots, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        List<Failure> failed = new ArrayList<>();
        int total = FileWalk.count(roots);
        FileWalk files = new FileWalk(roots, failed::add);
        int done = 0;
        int ingested = 0;
        int unchanged = 0;
        int reextracted = 0;
        long chars = 0;
        long claims = 0;
        // what was in the store when the run began: the paths of one run are distinct, so it decides "unchanged"
        IndexSearcher before = store.searcher();
        IndexSearcher searcher = before;
        // added since the searcher was opened: reprint candidates the searcher cannot see yet
        RecentFingerprints recent = new RecentFingerprints();
        int sinceCommit = 0;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        // one writer, fed in file order, keeps the index in file order (claims are listed in index order)
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            // files are read and extracted ahead by the workers, at most `window` files and AHEAD_BYTES at a time
            // (back-pressure), and linked here one by one in file order, as a sequential run would; the writer
            // then stores them, at most STORE_AHEAD behind
            Deque<Ahead> ahead = new ArrayDeque<>();
            long aheadBytes = 0;
            Deque<Future<Void>> storing = new ArrayDeque<>();
            int window = AHEAD_PER_WORKER * threads;
            while (files.hasNext() || !ahead.isEmpty()) {
                while (files.hasNext() && ahead.size() < window && (ahead.isEmpty() || aheadBytes < AHEAD_BYTES)) {
                    Path file = files.next();
                    Ahead a = new Ahead(file, workers.submit(() -> extract(file, before)), sizeOf(file));
                    ahead.add(a);
                    aheadBytes += a.bytes();
                }
                Ahead a = ahead.remove();
                Path file = a.file();
                aheadBytes -= a.bytes();
                Extracted x = await(a.extracted());
                if (x.failure() != null) {
                    failed.add(new Failure(file.toString(), x.failure()));
                } else if (x.article() == null) {
                    unchanged++;
                } else {
                    List<ReprintLink> links = reprints.links(x.fingerprint(), new StoredFingerprints(searcher), recent);
                    recent.add(x.fingerprint());
                    storing.add(writer.submit(() -> {
                        store.put(x.article(), x.sha(), x.claims(), fx, x.fingerprint(), links);
                        return null;
                    }));
                    while (storing.size() > STORE_AHEAD) {
                        await(storing.remove());
                    }
                    if (x.otherBuild()) {
                        reextracted++;
                    }
                    chars += x.article().text().length();
                    claims += x.claims().size();
                    ingested++;
                    sinceCommit++;
                }
                if (sinceCommit >= commitEvery) {
                    awaitAll(storing);
                    store.commit();
                    sinceCommit = 0;
                    if (searcher != before) {
                        // an open reader keeps the files it reads, merged away or not, on disk
                        searcher.getIndexReader().close();
                    }
                    searcher = store.searcher();
                    recent.clear();
                }
                done++;
                // files added while the run walks count too
                progress.update(done, Math.max(total, done));
            }
            awaitAll(storing);
        } finally {
            workers.shutdownNow();
            writer.shutdownNow();
            if (searcher != before) {
                searcher.getIndexReader().close();
            }
            before.getIndexReader().close();
        }
        store.commit();
        return new Report(ingested, unchanged, reextracted, failed, chars, claims, System.nanoTime() - t0);
    }

    /**
     * A file read and extracted: unchanged (no article), failed (a reason), or an article with its claims and
     * fingerprint; {@code otherBuild} when the store has the same bytes, extracted by another build.
     */
    private record Extracted(String sha, Article article, List<Claim> claims, Fingerprint fingerprint, String failure,
                             boolean otherBuild) {
    }

    /** A file being read and extracted ahead of the linker, and its size in bytes. */
    private record Ahead(Path file, Future<Extracted> extracted, long bytes) {
    }

    /** The work that needs no other file: reading, extraction and fingerprinting. Runs on a worker. */
    private Extracted extract(Path file, IndexSearcher before) throws IOException {
        try {
            byte[] bytes = reader.readBytes(file);
            String sha = sha256(bytes);
            ArticleStore.StoredFile stored = store.storedFile(before, file);
            boolean sameBytes = stored != null && sha.equals(stored.fileSha());
            if (sameBytes && store.build().id().equals(stored.builtBy())) {
                return new Extracted(sha, null, null, null, null, false);
            }
            Article article = reader.read(file, bytes);
            NormalizedText normalized = TextNormalizer.nfkc(article.text());
            List<AmountMention> amounts = extractor.amounts(article, normalized);
            return new Extracted(sha, article, extractor.extract(article, amounts), reprints.fingerprint(article, normalized, amounts), null,
                    sameBytes);
        } catch (IngestException e) {
            return new Extracted(null, null, null, null, e.getMessage(), false);
        }
    }

    /** The size of {@code file} in bytes, 0 where it cannot be read (the worker reports why). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void awaitAll(Deque<Future<Void>> futures) throws IOException {
        while (!futures.isEmpty()) {
            await(futures.remove());
        }
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("ingest interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e.getCause();
        }
    }

    /** The files under {@code roots}, in the order an ingest takes them ({@link FileWalk}); what cannot be walked goes to {@code failed}. */
    public static List<Path> listFiles(List<Path> roots, List<Failure> failed) {
        List<Path> files = new ArrayList<>();
        new FileWalk(roots, failed::add).forEachRemaining(files::add);
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
