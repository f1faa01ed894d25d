package org.newsclaims.index;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.search.IndexSearcher;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;

/**
 * Reads files into the store, with the claims extracted from them: unchanged files (same bytes as stored for their path) are
 * skipped, changed ones replaced, unreadable ones reported and skipped. Commits every
 * {@code commitEvery} files, so an interrupted run keeps what it committed and a rerun finishes.
 */
public final class IngestJob {

    public record Failure(String path, String reason) {
    }

    public record Report(int ingested, int unchanged, List<Failure> failed, long characters, long claims, long nanos) {
        public Report {
            failed = List.copyOf(failed);
        }
    }

    /** Called after each file; {@code done} of {@code total}. */
    public interface Progress {
        void update(int done, int total);
    }

    private final ArticleReader reader;
    private final ClaimExtractor extractor;
    private final ReprintDetector reprints;
    private final FxTable fx;
    private final ArticleStore store;
    private final int commitEvery;

    public IngestJob(ArticleReader reader, ClaimExtractor extractor, ReprintDetector reprints, FxTable fx,
                     ArticleStore store, int commitEvery) {
        this.reader = reader;
        this.extractor = extractor;
        this.reprints = reprints;
        this.fx = fx;
        this.store = store;
        this.commitEvery = commitEvery;
    }

    public Report run(List<Path> roots, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        List<Failure> failed = new ArrayList<>();
        List<Path> files = listFiles(roots, failed);
        int ingested = 0;
        int unchanged = 0;
        long chars = 0;
        long claims = 0;
        IndexSearcher searcher = store.searcher();
        // added since the searcher was opened: reprint candidates the searcher cannot see yet
        List<Fingerprint> recent = new ArrayList<>();
        int sinceCommit = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                byte[] bytes = reader.readBytes(file);
                String sha = sha256(bytes);
                if (sha.equals(store.fileShaOf(searcher, file))) {
                    unchanged++;
                } else {
                    Article article = reader.read(file, bytes);
                    List<Claim> found = extractor.extract(article);
                    Fingerprint fingerprint = reprints.fingerprint(article);
                    store.put(article, sha, found, fx, fingerprint, reprints.links(fingerprint, searcher, recent));
                    recent.add(fingerprint);
                    chars += article.text().length();
                    claims += found.size();
                    ingested++;
                    sinceCommit++;
                }
            } catch (IngestException e) {
                failed.add(new Failure(file.toString(), e.getMessage()));
            }
            if (sinceCommit >= commitEvery) {
                store.commit();
                sinceCommit = 0;
                searcher = store.searcher();
                recent.clear();
            }
            progress.update(i + 1, files.size());
        }
        store.commit();
        return new Report(ingested, unchanged, failed, chars, claims, System.nanoTime() - t0);
    }

    /**
     * The files under {@code roots}, sorted; directories are walked (following links, loops
     * reported), dotfiles and the documentation that travels with corpora (README, SOURCES,
     * LICENSE, gold files) left out.
     */
    public static List<Path> listFiles(List<Path> roots, List<Failure> failed) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                failed.add(new Failure(root.toString(), Files.isSymbolicLink(root) ? "broken or looping symbolic link" : "no such file or directory"));
                continue;
            }
            if (!Files.isDirectory(root)) {
                files.add(root);
                continue;
            }
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && !documentation(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String reason = e instanceof FileSystemLoopException ? "symbolic link loop"
                            : Files.isSymbolicLink(file) ? "broken or looping symbolic link" : "cannot read: " + e.getMessage();
                    failed.add(new Failure(file.toString(), reason));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new ArrayList<>(files);
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static boolean documentation(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gold.jsonl") || name.matches("(readme|sources|license|notice)(\\..*)?");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
