package org.newsclaims.query;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.ingest.Article;

/** A query or a store that fails is one line for the user, with what Lucene said kept as the cause. */
class QueryErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aQueryLuceneCannotParseKeepsTheParseError() {
        QueryException articles = assertThrows(QueryException.class, () -> ArticleSearch.parse("a AND ("));
        assertInstanceOf(ParseException.class, articles.getCause());

        ClaimFilter filter = new ClaimFilter("lỗ AND (", null, null, null, null, null, null, false, null, null, false);
        QueryException claims = assertThrows(QueryException.class, () -> ClaimSearch.build(filter));
        assertInstanceOf(ParseException.class, claims.getCause());
    }

    @Test
    void aCorruptIndexKeepsLucenesReport() throws Exception {
        // a Vietnamese article: no CoreNLP needed
        Article article = STAGES.reader().read(Path.of("corpus", "001_78688a10d7b2755c.txt"));
        try (ArticleStore store = ArticleStore.open(tmp, STAGES.build())) {
            store.put(article, "sha", List.of(), STAGES.fx(),
                    STAGES.reprints().fingerprint(article), List.of());
            store.commit();
        }
        StoreReader.open(tmp).close();

        Path segments;
        try (Stream<Path> files = Files.list(tmp.resolve("index"))) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(segments);
        Files.write(segments, Arrays.copyOf(bytes, bytes.length / 2));

        QueryException e = assertThrows(QueryException.class, () -> StoreReader.open(tmp));
        assertTrue(e.getMessage().startsWith("cannot open the index in " + tmp), e.getMessage());
        assertInstanceOf(CorruptIndexException.class, e.getCause());
    }
}
