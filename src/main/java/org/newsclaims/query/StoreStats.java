package org.newsclaims.query;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsclaims.index.BuildFingerprint;
import org.newsclaims.index.Fields;

/**
 * Counts of the articles in the store by language, script and year; the build that last committed to
 * it (null if none was recorded), and how many articles another build extracted ({@code stale}: the
 * next ingest extracts them again).
 */
public record StoreStats(long articles, Map<String, Long> byLanguage, Map<String, Long> byScript, Map<String, Long> byYear,
                         BuildFingerprint build, long stale) {

    /** The statistics of what {@code searcher} sees; the build is known where it reads a commit of a store. */
    public static StoreStats of(IndexSearcher searcher) throws IOException {
        Map<String, Long> lang = new TreeMap<>();
        Map<String, Long> script = new TreeMap<>();
        Map<String, Long> year = new TreeMap<>();
        TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
        int total = searcher.count(articles);
        TopDocs all = searcher.search(articles, Math.max(1, total));
        var stored = searcher.storedFields();
        for (ScoreDoc sd : all.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(Fields.LANGUAGE, Fields.SCRIPT, Fields.YEAR));
            lang.merge(d.get(Fields.LANGUAGE), 1L, Long::sum);
            script.merge(d.get(Fields.SCRIPT), 1L, Long::sum);
            year.merge(d.get(Fields.YEAR) == null ? "unknown" : d.get(Fields.YEAR), 1L, Long::sum);
        }
        BuildFingerprint build = searcher.getIndexReader() instanceof DirectoryReader reader
                ? BuildFingerprint.fromCommitData(reader.getIndexCommit().getUserData()) : null;
        long current = build == null ? 0 : searcher.count(new TermQuery(new Term(Fields.BUILT_BY, build.id())));
        return new StoreStats(total, lang, script, year, build, total - current);
    }
}
