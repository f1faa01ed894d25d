package org.newsclaims.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.newsclaims.UserError;
import org.newsclaims.claims.Claim;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.ReprintLink;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.FxTable;

/**
 * The on-disk Lucene store under a data directory: one document per ingested file. Writes are
 * buffered and become visible, all together, at {@link #commit()}; a crash loses only what was
 * not yet committed. A store is opened by a {@link BuildFingerprint build}: each article it puts
 * and each commit records that build.
 */
public final class ArticleStore implements Closeable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final BuildFingerprint build;

    private ArticleStore(FSDirectory directory, IndexWriter writer, BuildFingerprint build) {
        this.directory = directory;
        this.writer = writer;
        this.build = build;
        writer.setLiveCommitData(build.commitData().entrySet());
    }

    /** Opens (creating if needed) the store in {@code dataDir} for writing by {@code build}; a user-facing {@link StoreException} if it can't. */
    public static ArticleStore open(Path dataDir, BuildFingerprint build) throws StoreException {
        Path indexDir = dataDir.resolve("index");
        try {
            Files.createDirectories(indexDir);
            if (!Files.isWritable(indexDir)) {
                throw new StoreException("data directory " + dataDir + " is not writable");
            }
            FSDirectory dir = FSDirectory.open(indexDir);
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            return new ArticleStore(dir, new IndexWriter(dir, config), build);
        } catch (LockObtainFailedException e) {
            throw new StoreException("data directory " + dataDir + " is in use by another newsclaims process", e);
        } catch (AccessDeniedException e) {
            throw new StoreException("data directory " + dataDir + " is not writable (permission denied: " + e.getFile() + ")", e);
        } catch (IOException e) {
            throw new StoreException("cannot open data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** A near-real-time searcher over everything written so far, committed or not. */
    public IndexSearcher searcher() throws IOException {
        return new IndexSearcher(DirectoryReader.open(writer));
    }

    /** The build that writes into this store. */
    public BuildFingerprint build() {
        return build;
    }

    /** What the store holds for a file: its hash and the fingerprint of the build that extracted it (null if none was recorded). */
    public record StoredFile(String fileSha, String builtBy) {
    }

    /** What the store holds for {@code path}, or null when the path is not in the store. */
    public StoredFile storedFile(IndexSearcher searcher, Path path) throws IOException {
        Query articleAtPath = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PATH, Article.key(path))), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs hits = searcher.search(articleAtPath, 1);
        if (hits.scoreDocs.length == 0) {
            return null;
        }
        Document d = searcher.storedFields().document(hits.scoreDocs[0].doc, Set.of(Fields.FILE_SHA, Fields.BUILT_BY));
        return new StoredFile(d.get(Fields.FILE_SHA), d.get(Fields.BUILT_BY));
    }

    /**
     * Adds {@code article} (read from a file with hash {@code fileSha}) and its claims, replacing in
     * one step whatever the store had for its path.
     */
    public void put(Article article, String fileSha, List<Claim> claims, FxTable fx, Fingerprint fingerprint,
                    List<ReprintLink> links) throws IOException {
        List<Document> docs = new ArrayList<>(claims.size() + 1);
        Supplier<TokenStream> title = Analyzers.foldedOnce(article.title());
        Document articleDoc = toDocument(article, fileSha, title);
        articleDoc.add(new StringField(Fields.BUILT_BY, build.id(), Field.Store.YES));
        StoredFingerprints.add(articleDoc, fingerprint, links);
        docs.add(articleDoc);
        Map<String, Supplier<TokenStream>> sentences = new HashMap<>();
        for (Claim c : claims) {
            docs.add(ClaimDocs.toDocument(c, article, fx, title, sentences.computeIfAbsent(c.sentence(), Analyzers::foldedOnce)));
        }
        // the body is analyzed once for both its fields
        Analyzers.Pair body = Analyzers.foldedAndExact(article.bodyText());
        articleDoc.add(new TextField(Fields.BODY, body.folded()));
        articleDoc.add(new TextField(Fields.BODY_EXACT, body.exact()));
        writer.updateDocuments(new Term(Fields.PATH, Article.key(article.path())), docs);
    }

    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** The article's document, its title's tokens from {@code title}; the body's fields are added by {@link #put}. */
    static Document toDocument(Article a, String fileSha, Supplier<TokenStream> title) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.PATH, Article.key(a.path()), Field.Store.YES));
        d.add(new StringField(Fields.FILE_SHA, fileSha, Field.Store.YES));
        d.add(new StringField(Fields.DOC_ID, a.docId(), Field.Store.YES));
        text(d, Fields.TITLE, a.title(), title);
        keyword(d, Fields.LANGUAGE, a.language().tag());
        keyword(d, Fields.LANG, a.language().lang());
        keyword(d, Fields.SCRIPT, a.language().script());
        if (a.date() != null) {
            d.add(new StoredField(Fields.DATE, a.date().toString()));
            d.add(new StoredField(Fields.DATE_INFERRED, String.valueOf(a.dateInferred())));
            d.add(new IntPoint(Fields.YEAR, a.date().getYear()));
            d.add(new NumericDocValuesField(Fields.YEAR, a.date().getYear()));
            d.add(new StoredField(Fields.YEAR, a.date().getYear()));
        }
        d.add(new StoredField(Fields.MEDIA_TYPE, a.mediaType()));
        if (a.charset() != null) {
            d.add(new StoredField(Fields.CHARSET, a.charset()));
        }
        d.add(new StoredField(Fields.TEXT, a.text()));
        d.add(new StoredField(Fields.BODY_SPANS,
                a.body().stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","))));
        // stored here, indexed in put() with BODY_EXACT from one analysis
        d.add(new StoredField(Fields.BODY, a.bodyText()));
        withoutText(d, Fields.SENTENCE);
        return d;
    }

    /**
     * Gives {@code d} the analyzed {@code fields} it has no text for, empty: no terms, so no search
     * or score changes, but every document then has a norm in every analyzed field. Lucene writes
     * norms that only some documents have as sparse blocks, and when it writes postings (at every
     * flush and merge) it scans such a block from its start for each term: a cost of terms times
     * documents, which grows faster than the segment.
     */
    static void withoutText(Document d, String... fields) {
        for (String field : fields) {
            d.add(new TextField(field, "", Field.Store.NO));
        }
    }

    /** A stored text field whose tokens, analyzed already, come from {@code tokens}. */
    static void text(Document d, String field, String value, Supplier<TokenStream> tokens) {
        d.add(new StoredField(field, value));
        d.add(new TextField(field, tokens.get()));
    }

    static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /** Thrown where opening or writing the store fails for a reason the user can act on. */
    public static final class StoreException extends UserError {
        public StoreException(String message) {
            super(message);
        }

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
