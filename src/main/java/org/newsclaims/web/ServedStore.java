package org.newsclaims.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.money.CurrencyLocale;
import org.newsclaims.query.QueryException;
import org.newsclaims.query.StoreReader;

/**
 * The store as last committed, with its reprint clusters: each request looks for a newer commit first
 * (a directory listing), so an ingest into the served data directory shows up without a restart.
 * A reader stays open while a request that took it still runs.
 */
final class ServedStore implements Closeable {

    /** The store for one request; closing it lets the reader go once a newer one has replaced it. */
    final class View implements AutoCloseable {
        private final IndexSearcher searcher;
        private final Clusters clusters;

        private View(IndexSearcher searcher, Clusters clusters) {
            this.searcher = searcher;
            this.clusters = clusters;
        }

        IndexSearcher searcher() {
            return searcher;
        }

        Clusters clusters() {
            return clusters;
        }

        /** The rule that decides the currency of a bare 元 in an article. */
        CurrencyLocale locale() {
            return locale;
        }

        /**
         * A searcher that gives up once {@code budget} has passed: while it expands terms (an
         * {@link ExitableDirectoryReader.ExitingReaderException}) or collects hits ({@link IndexSearcher#timedOut()}).
         */
        IndexSearcher budgeted(Duration budget) throws IOException {
            QueryTimeout timeout = new QueryTimeoutImpl(budget.toMillis());
            IndexSearcher s = new IndexSearcher(ExitableDirectoryReader.wrap((DirectoryReader) searcher.getIndexReader(), timeout));
            s.setTimeout(timeout);
            return s;
        }

        @Override
        public void close() throws IOException {
            searchers.release(searcher);
        }
    }

    private final FSDirectory directory;
    private final SearcherManager searchers;
    private final Clusters.Markers markers;
    private final CurrencyLocale locale;
    private IndexReader clustered;
    private Clusters clusters;

    private ServedStore(FSDirectory directory, SearcherManager searchers, Clusters.Markers markers, CurrencyLocale locale) {
        this.directory = directory;
        this.searchers = searchers;
        this.markers = markers;
        this.locale = locale;
    }

    /** The store under {@code dataDir}, clustered with {@code markers}. */
    static ServedStore open(Path dataDir, Clusters.Markers markers, CurrencyLocale locale) throws QueryException, IOException {
        FSDirectory directory = StoreReader.indexDirectory(dataDir);
        ServedStore store;
        try {
            store = new ServedStore(directory, new SearcherManager(directory, null), markers, locale);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            store.view().close(); // builds the clusters now, not on the first request
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    View view() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return new View(searcher, clustersOf(searcher.getIndexReader()));
        } catch (IOException | RuntimeException e) {
            searchers.release(searcher);
            throw e;
        }
    }

    private synchronized Clusters clustersOf(IndexReader reader) throws IOException {
        if (reader != clustered) {
            clusters = StoredClusters.build(new IndexSearcher(reader), markers);
            clustered = reader;
        }
        return clusters;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
