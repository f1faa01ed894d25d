package org.newsclaims.query;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsclaims.index.Fields;

/** Counts of the articles in the store by language, script and year. */
public record StoreStats(long articles, Map<String, Long> byLanguage, Map<String, Long> byScript, Map<String, Long> byYear) {

    public static StoreStats of(IndexSearcher searcher) throws IOException {
        Map<String, Long> lang = new TreeMap<>();
        Map<String, Long> script = new TreeMap<>();
        Map<String, Long> year = new TreeMap<>();
        TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
        int total = searcher.count(articles);
        TopDocs all = searcher.search(articles, Math.max(1, total));
        var stored = searcher.storedFields();
        for (ScoreDoc sd : all.scoreDocs) {
            Document d = stored.document(sd.doc, java.util.Set.of(Fields.LANGUAGE, Fields.SCRIPT, Fields.YEAR));
            lang.merge(d.get(Fields.LANGUAGE), 1L, Long::sum);
            script.merge(d.get(Fields.SCRIPT), 1L, Long::sum);
            year.merge(d.get(Fields.YEAR) == null ? "unknown" : d.get(Fields.YEAR), 1L, Long::sum);
        }
        return new StoreStats(total, lang, script, year);
    }
}
