package org.newsclaims.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.newsclaims.dedup.Clusters;

/** The reprint clusters of everything a searcher sees, from the links stored with each article. */
public final class StoredClusters {

    private StoredClusters() {
    }

    public static Clusters build(IndexSearcher searcher, Clusters.Markers markers) throws IOException {
        TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
        int n = Math.max(1, searcher.count(articles));
        Map<String, Clusters.Node> nodes = new LinkedHashMap<>();
        Map<String, Integer> luceneDocs = new HashMap<>();
        Set<String> fields = Set.of(Fields.PATH, Fields.DOC_ID, Fields.LANGUAGE, Fields.TITLE, Fields.DATE,
                Fields.DATE_INFERRED, Fields.LINKS);
        for (ScoreDoc sd : searcher.search(articles, n).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, fields);
            List<String[]> links = new ArrayList<>();
            String stored = d.get(Fields.LINKS);
            if (stored != null && !stored.isEmpty()) {
                for (String line : stored.split("\n")) {
                    links.add(line.split("\t"));
                }
            }
            nodes.put(d.get(Fields.PATH), new Clusters.Node(d.get(Fields.PATH), d.get(Fields.DOC_ID), d.get(Fields.LANGUAGE),
                    d.get(Fields.TITLE), d.get(Fields.DATE), !"true".equals(d.get(Fields.DATE_INFERRED)), links));
            luceneDocs.put(d.get(Fields.PATH), sd.doc);
        }
        return Clusters.of(nodes.values(), node -> {
            Document d = searcher.storedFields().document(luceneDocs.get(node.path()), Set.of(Fields.BODY, Fields.TEXT));
            return new Clusters.Texts(d.get(Fields.BODY), d.get(Fields.TEXT));
        }, markers);
    }
}
