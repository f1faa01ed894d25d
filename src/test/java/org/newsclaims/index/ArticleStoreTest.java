package org.newsclaims.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.claims.Claim;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.FxTable;

class ArticleStoreTest {

    @TempDir
    Path tmp;

    @Test
    void bothBodyFieldsComeFromOneAnalysisEvenAfterAFailedPut() throws Exception {
        Article a = STAGES.reader().read(Path.of("corpus", "004_5d0dcbae05c0383e.txt"));
        Fingerprint f = STAGES.reprints().fingerprint(a);
        FxTable fx = STAGES.fx();
        try (ArticleStore store = ArticleStore.open(tmp, STAGES.build())) {
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

    @Test
    void aStoreThatCannotBeOpenedKeepsWhyAsTheCause() throws Exception {
        BuildFingerprint build = STAGES.build();
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        ArticleStore.StoreException underFile = assertThrows(ArticleStore.StoreException.class,
                () -> ArticleStore.open(file.resolve("data"), build));
        FileSystemException notADirectory = assertInstanceOf(FileSystemException.class, underFile.getCause());
        assertTrue(notADirectory.getFile().startsWith(file.toString()), notADirectory.getFile());

        Path data = tmp.resolve("data");
        try (ArticleStore first = ArticleStore.open(data, build)) {
            ArticleStore.StoreException busy = assertThrows(ArticleStore.StoreException.class, () -> ArticleStore.open(data, build));
            assertTrue(busy.getMessage().endsWith("is in use by another newsclaims process"), busy.getMessage());
            assertInstanceOf(LockObtainFailedException.class, busy.getCause());
        }
    }

    @Test
    void titleAndSentenceTokensAnalyzedOnceAreThoseOfTheAnalyzer() throws Exception {
        // Vietnamese: several claims share the title and some share a sentence, and no CoreNLP is needed
        Article a = STAGES.reader().read(Path.of("corpus", "001_78688a10d7b2755c.txt"));
        List<Claim> claims = STAGES.claims().extract(a);
        assertTrue(claims.size() > 3, "claims: " + claims.size());
        assertTrue(claims.stream().map(Claim::sentence).distinct().count() < claims.size(), "no sentence holds two claims");
        Fingerprint f = STAGES.reprints().fingerprint(a);
        try (ArticleStore store = ArticleStore.open(tmp, STAGES.build()); Analyzer folded = Analyzers.folded()) {
            store.put(a, "sha", claims, STAGES.fx(), f, List.of());
            store.commit();
            IndexSearcher searcher = store.searcher();
            for (String term : terms(folded, a.title())) {
                assertEquals(claims.size() + 1, searcher.count(new TermQuery(new Term(Fields.TITLE, term))), "title term " + term);
            }
            for (Claim c : claims) {
                for (String term : terms(folded, c.sentence())) {
                    BooleanQuery inThisClaim = new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Fields.CLAIM_ID, c.claimId())), BooleanClause.Occur.FILTER)
                            .add(new TermQuery(new Term(Fields.SENTENCE, term)), BooleanClause.Occur.FILTER)
                            .build();
                    assertEquals(1, searcher.count(inThisClaim), c.claimId() + " sentence term " + term);
                }
            }
            searcher.getIndexReader().close();
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        assertTrue(out.size() > 2, "terms of " + text);
        return out;
    }
}
