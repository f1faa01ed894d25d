package org.newsclaims.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsclaims.export.Column.Type;
import org.newsclaims.ingest.Language;
import org.newsclaims.query.ClaimHit;

/** One exported claim: a search hit, and whether its article is the canonical one of its reprint cluster. */
public record ClaimRow(ClaimHit hit, boolean canonical) implements java.io.Serializable {

    /** The columns of a claims export; collapsed exports add the attestations. */
    public static List<Column<ClaimRow>> columns(boolean collapsed) {
        List<Column<ClaimRow>> c = new ArrayList<>(List.of(
                Column.of("claim_id", Type.STRING, "Id of the claim (stable across re-ingests of the same text).", r -> r.hit.claimId()),
                Column.of("doc_id", Type.STRING, "Id of the article: a hash of its normalized body.", r -> r.hit.docId()),
                Column.of("path", Type.STRING, "The article's file, as ingested (absolute).", r -> r.hit.path()),
                Column.of("title", Type.STRING, "The article's title.", r -> r.hit.title()),
                Column.of("date", Type.DATE, "The article's publication date, or null.", r -> date(r.hit.date())),
                Column.of("lang", Type.STRING, "Language tag (BCP 47): zh-Hans, zh-Hant or vi.", r -> r.hit.language()),
                Column.of("script", Type.STRING, "Script (ISO 15924): Hans, Hant or Latn.", r -> script(r.hit.language())),
                Column.of("cluster_id", Type.STRING, "Reprint cluster of the article: the doc_id of its canonical article.", r -> r.hit.cluster()),
                Column.of("canonical", Type.BOOLEAN, "The article is its cluster's canonical (earliest, original) article.", r -> r.canonical),
                Column.of("mention", Type.STRING, "The amount exactly as written in the file.", r -> r.hit.mention()),
                Column.of("start", Type.INT, "Offset of the mention in the original text (UTF-16 code units).", r -> r.hit.start()),
                Column.of("end", Type.INT, "End of the mention (exclusive).", r -> r.hit.end()),
                Column.of("value", Type.DECIMAL, "The amount in units of currency (exact); null for a range or a vague amount.", r -> decimal(r.hit.value())),
                Column.of("low", Type.DECIMAL, "Low end of a range (exact), else null.", r -> decimal(r.hit.low())),
                Column.of("high", Type.DECIMAL, "High end of a range (exact), else null.", r -> decimal(r.hit.high())),
                Column.of("currency", Type.STRING, "ISO 4217 code, or null if unknown.", r -> r.hit.currency()),
                Column.of("qualifier", Type.STRING, "approx, over, under, up_to, at_least, or null.", r -> r.hit.qualifier()),
                Column.of("period", Type.STRING, "year, quarter, month or day for a per-period amount, else null.", r -> r.hit.period()),
                Column.of("vague", Type.BOOLEAN, "Only an order of magnitude is given (数十亿美元, hàng tỷ USD).", r -> r.hit.vague()),
                Column.of("usd_value", Type.DECIMAL, "value (or null) in US dollars at fx_rate, to 16 significant digits (18 places at most).", r -> usd(r.hit.usdValue())),
                Column.of("fx_rate", Type.DECIMAL, "Units of currency per US dollar used (models/fx/usd-rates.tsv, year of the claim else of the article); null: no rate.", r -> usd(r.hit.fxRate())),
                Column.of("subject", Type.STRING, "Who the money is about, as named in the sentence, or null.", r -> r.hit.subject()),
                Column.of("metric", Type.STRING, "revenue, profit, loss, cost, spending, investment, funding, valuation, market_cap, price, wealth, debt, deal or other.", r -> r.hit.metric()),
                Column.of("time", Type.STRING, "The time the claim is about, as written (今年, năm nay), or null.", r -> r.hit.time()),
                Column.of("year", Type.INT, "time resolved to a year against the publication date, or null.", r -> r.hit.year()),
                Column.of("hedged", Type.BOOLEAN, "The claim is marked uncertain (或许, 预计, có thể, dự kiến ...).", r -> r.hit.hedged()),
                new Column<>("source", Type.STRING, "attribution", "Who the article credits for the claim, as named; null: the article itself.", r -> r.hit.source()),
                new Column<>("source_type", Type.STRING, "attribution", "media, organization, person, report, data, or null.", r -> r.hit.sourceType()),
                new Column<>("cue", Type.STRING, "attribution", "The attribution words (据…称, 表示, Theo, cho biết ...).", r -> r.hit.cue()),
                new Column<>("source_scope", Type.STRING, "attribution", "explicit (named in the sentence) or inherited (from an earlier sentence of the same report).", r -> r.hit.scope()),
                Column.of("sentence", Type.STRING, "The sentence that holds the mention, as written.", r -> r.hit.sentence()),
                Column.of("sentence_start", Type.INT, "Offset of the sentence in the original text.", r -> r.hit.sentenceStart()),
                Column.of("sentence_end", Type.INT, "End of the sentence (exclusive).", r -> r.hit.sentenceStart() + r.hit.sentence().length())));
        if (collapsed) {
            c.add(Column.of("attestations", Type.INT, "Articles of the cluster that state this claim (this one included).", r -> r.hit.attestations().size()));
            c.add(Column.of("attested_by", Type.STRING_LIST, "doc_id of each of those articles.",
                    r -> r.hit.attestations().stream().map(ClaimHit.Attestation::docId).toList()));
        }
        return List.copyOf(c);
    }

    /** What the dataset card counts rows by. */
    static Map<String, Function<ClaimRow, Object>> countedBy() {
        Map<String, Function<ClaimRow, Object>> m = new LinkedHashMap<>();
        m.put("language", r -> r.hit.language());
        m.put("source", r -> r.hit.source());
        m.put("metric", r -> r.hit.metric());
        m.put("year", r -> r.hit.year());
        return m;
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static String script(String languageTag) {
        return Language.fromTag(languageTag).script();
    }

    private static BigDecimal decimal(String exact) {
        return exact == null ? null : new BigDecimal(exact);
    }

    /** Derived by division (16 significant digits): rounded where it has more places than the column keeps. */
    private static BigDecimal usd(String derived) {
        BigDecimal d = decimal(derived);
        return d == null || d.scale() <= Column.DECIMAL_SCALE ? d : d.setScale(Column.DECIMAL_SCALE, RoundingMode.HALF_EVEN);
    }
}
