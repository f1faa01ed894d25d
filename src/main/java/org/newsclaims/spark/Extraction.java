package org.newsclaims.spark;

import org.newsclaims.pipeline.Stages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.newsclaims.claims.Claim;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.money.AmountMention;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;
import org.newsclaims.query.ClaimHit;

/** The per-article work of a task, as {@code ingest} does it: read, money, claims, reprint fingerprint. */
final class Extraction {

    private Extraction() {
    }

    /** A file, read as {@code ingest} reads it; any failure is the outcome, never thrown. */
    static Outcome file(Stages stages, Path file) {
        String key = Article.key(file);
        try {
            return Outcome.read(article(stages, key, stages.reader().read(file, stages.reader().readBytes(file))));
        } catch (IngestException e) {
            return Outcome.failed(key, e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.failed(key, "cannot extract: " + e);
        }
    }

    /** The claims and fingerprint of {@code a}, known as {@code path}. */
    static Doc article(Stages stages, String path, Article a) {
        NormalizedText normalized = TextNormalizer.nfkc(a.text());
        List<AmountMention> amounts = stages.claims().amounts(a, normalized);
        List<Claim> claims = stages.claims().extract(a, amounts);
        Fingerprint f = stages.reprints().fingerprint(a, normalized, amounts);
        String date = a.date() == null ? null : a.date().toString();
        Fingerprint keyed = new Fingerprint(path, f.docId(), f.language(), f.shingles(), f.bands(), f.anchors());
        String translationNotice = stages.markers().translation(a.text()) ? a.text() : null;
        return new Doc(path, a.docId(), a.language().tag(), a.title(), date, !a.dateInferred(), a.bodyText(), translationNotice,
                Print.of(keyed, Doc.partition(a.language().tag(), date)), claims.stream().map(c -> hit(stages, c, a, path, date)).toList());
    }

    /** The claim as the store would return it: amounts and their US dollar values as exact decimal strings. */
    private static ClaimHit hit(Stages stages, Claim c, Article a, String path, String date) {
        AmountMention m = c.amount();
        // the year of the claim, else of the article, picks the exchange rate (as the store does)
        Integer year = c.year() != null ? c.year() : a.date() != null ? a.date().getYear() : null;
        BigDecimal rate = stages.fx().perUsd(m.currency(), year);
        String usd = rate == null ? null : plain(stages.fx().toUsd(m.value(), m.currency(), year));
        return new ClaimHit(c.claimId(), a.docId(), path, a.title(), a.language().tag(), date, m.text(), m.start(), m.end(),
                c.sentence(), c.sentenceStart(), c.sentence(), plain(m.value()), plain(m.low()), plain(m.high()), m.currency(),
                usd, plain(rate), m.qualifier() == null ? null : m.qualifier().tag(), m.period(), m.vague(), c.metric().tag(), c.subject(), c.time(), c.year(), c.hedged(),
                c.attribution().source(), c.attribution().sourceType(), c.attribution().cue(), c.attribution().scope(), null,
                List.of());
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
