package org.newsclaims.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsclaims.export.Column.Type;

/** One exported article, with its reprint cluster and its relation to the cluster's canonical article. */
public record ArticleRow(String docId, String path, String title, LocalDate date, String language, String clusterId,
                         String relation, boolean canonical, String body)
        implements java.io.Serializable {

    public static final List<Column<ArticleRow>> COLUMNS = List.of(
            Column.of("doc_id", Type.STRING, "Id of the article: a hash of its normalized body.", ArticleRow::docId),
            Column.of("path", Type.STRING, "The article's file, as ingested (absolute).", ArticleRow::path),
            Column.of("title", Type.STRING, "The article's title.", ArticleRow::title),
            Column.of("date", Type.DATE, "Publication date, or null.", ArticleRow::date),
            Column.of("lang", Type.STRING, "Language tag (BCP 47): zh-Hans, zh-Hant or vi.", ArticleRow::language),
            Column.of("script", Type.STRING, "Script (ISO 15924): Hans, Hant or Latn.", r -> ClaimRow.script(r.language())),
            Column.of("cluster_id", Type.STRING, "Reprint cluster: the doc_id of its canonical article.", ArticleRow::clusterId),
            Column.of("relation", Type.STRING, "To the canonical: canonical, spun, duplicate, near_duplicate, script_variant or translation.", ArticleRow::relation),
            Column.of("canonical", Type.BOOLEAN, "The article is its cluster's canonical article.", ArticleRow::canonical),
            Column.of("body", Type.STRING, "The article body (site chrome left out) in its original script.", ArticleRow::body));

    static Map<String, Function<ArticleRow, Object>> countedBy() {
        Map<String, Function<ArticleRow, Object>> m = new LinkedHashMap<>();
        m.put("language", ArticleRow::language);
        m.put("relation", ArticleRow::relation);
        m.put("year", r -> r.date() == null ? null : r.date().getYear());
        return m;
    }
}
