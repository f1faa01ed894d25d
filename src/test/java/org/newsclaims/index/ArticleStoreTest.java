package org.newsclaims.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ModelFiles;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.money.MoneyRecognizer;

class ArticleStoreTest {

    @TempDir
    Path tmp;

    @Test
    void bothBodyFieldsComeFromOneAnalysisEvenAfterAFailedPut() throws Exception {
        Article a = ArticleReader.withDefaults().read(Path.of("corpus", "004_5d0dcbae05c0383e.txt"));
        Fingerprint f = new ReprintDetector(MoneyRecognizer.load(ModelFiles.dir())).fingerprint(a);
        FxTable fx = FxTable.load(ModelFiles.resolve("fx/usd-rates.tsv"));
        try (ArticleStore store = ArticleStore.open(tmp)) {
            // a file hash longer than Lucene takes as one term fails the article before its body is indexed
            assertThrows(IllegalArgumentException.class, () -> store.put(a, "f".repeat(40_000), List.of(), fx, f, List.of()));
            store.put(a, "sha", List.of(), fx, f, List.of());
            store.commit();
            IndexSearcher searcher = store.searcher();
            // the first two Han characters side by side in the body: a bigram term of both body fields
            java.util.regex.Matcher pair = java.util.regex.Pattern.compile("\\p{IsHan}{2}").matcher(a.bodyText());
            assertTrue(pair.find());
            for (String field : List.of(Fields.BODY, Fields.BODY_EXACT)) {
                assertEquals(1, searcher.count(new TermQuery(new Term(field, pair.group()))), field + ":" + pair.group());
            }
            searcher.getIndexReader().close();
        }
    }
}
