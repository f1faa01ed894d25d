package org.newsclaims.dedup;

import java.math.BigDecimal;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;

/**
 * A claim as one article reads it, for comparing reprints: where it stands ({@code start}, {@code end}
 * and the sentence, offsets into the article's text), its amount ({@code value}, or {@code low} and
 * {@code high} for a range; exact decimal strings), metric, time as written and the year it names, hedge
 * and source. {@code spin}: the
 * spinner's swap its metric was read through, if any (the article writes another metric).
 */
public record ClaimReading(String docId, String path, String language, int start, int end, String mention,
                           String sentence, int sentenceStart, String value, String low, String high, String currency,
                           String metric, String time, Integer year, boolean hedged, String source, SpinSwaps.MetricSwap spin) {

    public ClaimReading {
        value = plain(value);
        low = plain(low);
        high = plain(high);
    }

    /** A claim that {@code article} states, as extracted. */
    public static ClaimReading of(Claim c, Article article) {
        AmountMention m = c.amount();
        return new ClaimReading(c.docId(), Article.key(article.path()), article.language().tag(), m.start(), m.end(), m.text(),
                c.sentence(), c.sentenceStart(), plain(m.value()), plain(m.low()), plain(m.high()), m.currency(), c.metric().tag(),
                c.time(), c.year(), c.hedged(), c.attribution().source(), null);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    /** An amount in the form anchors key it by: 8500000000.0 is 8500000000. */
    private static String plain(String v) {
        return v == null ? null : new BigDecimal(v).stripTrailingZeros().toPlainString();
    }

    /** The reading with the spinner's swap behind its metric looked up in {@code swaps}. */
    public ClaimReading withSpin(SpinSwaps swaps) {
        SpinSwaps.MetricSwap swap = swaps.metricSwap(language, sentence, start - sentenceStart, metric);
        return new ClaimReading(docId, path, language, start, end, mention, sentence, sentenceStart, value, low, high,
                currency, metric, time, year, hedged, source, swap);
    }

    /** The metric as the article writes it: through a spinner's swap, the swapped word's. */
    public String writtenMetric() {
        return spin != null ? spin.writtenMetric() : metric;
    }

    /** The amount as an anchor, as {@link AnchorExtractor} keys amounts: {@code $USD:5000000000}. */
    Anchor anchor() {
        return new Anchor("$" + currency + ":" + amount(), 1);
    }

    /** The amount written plainly: a value or a range. */
    public String amount() {
        return value != null ? value : low + "-" + high;
    }

    boolean chinese() {
        return language.startsWith("zh");
    }
}
