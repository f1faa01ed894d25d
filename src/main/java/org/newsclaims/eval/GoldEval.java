package org.newsclaims.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.UserError;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;

/** Extracts claims from every document a gold file names and scores them: what {@code eval} and export cards report. */
public final class GoldEval {

    /** The scores, how many documents were scored, and the seconds extraction took (reading excluded). */
    public record Result(ClaimScorer.Report report, int documents, double seconds) {
    }

    private GoldEval() {
    }

    /**
     * Scores what {@code extractor} finds in the documents under {@code docs} that {@code gold} names.
     * A missing gold file or document is a {@link UserError} with a one-line message.
     */
    public static Result run(ArticleReader reader, ClaimExtractor extractor, Path gold, Path docs) throws UserError {
        Map<String, List<ClaimGold>> byDoc = new LinkedHashMap<>();
        for (ClaimGold g : ClaimGold.read(gold)) {
            byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
        }
        List<Article> articles = new ArrayList<>();
        for (String doc : byDoc.keySet()) {
            Path path = docs.resolve(doc);
            if (!Files.isRegularFile(path)) {
                throw new UserError("document not found: " + path + " (named in " + gold + ")");
            }
            try {
                articles.add(reader.read(path));
            } catch (IngestException e) {
                throw new UserError("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        long t0 = System.nanoTime();
        List<ClaimScorer.DocInput> inputs = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<ClaimGold>> e : byDoc.entrySet()) {
            Article a = articles.get(i++);
            List<Claim> predicted = extractor.extract(a);
            List<Integer> years = new ArrayList<>();
            for (ClaimGold g : e.getValue()) {
                years.add(extractor.yearOf(g.time(), a.language(), a.date()));
            }
            inputs.add(new ClaimScorer.DocInput(e.getKey(), a.language().tag(), e.getValue(), years, predicted, headlines(a)));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(ClaimScorer.score(inputs), inputs.size(), seconds);
    }

    /** The article's headline lines as written: its first non-blank line and its title. */
    static List<String> headlines(Article a) {
        List<String> out = new ArrayList<>();
        a.text().lines().filter(l -> !l.isBlank()).findFirst().ifPresent(out::add);
        if (a.title() != null) {
            out.add(a.title());
        }
        return out;
    }
}
