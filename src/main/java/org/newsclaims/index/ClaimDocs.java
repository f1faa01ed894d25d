package org.newsclaims.index;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.newsclaims.claims.Claim;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.FxTable;
import org.newsclaims.normalize.TextNormalizer;

/** The Lucene document of one claim: every field stored, filters as keywords and points, facets as doc values. */
final class ClaimDocs {

    private ClaimDocs() {
    }

    /** The claim's document, the tokens of its article's title and of its sentence from {@code title} and {@code sentence}. */
    static Document toDocument(Claim c, Article a, FxTable fx, Supplier<TokenStream> title, Supplier<TokenStream> sentence) {
        AmountMention m = c.amount();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_CLAIM, Field.Store.NO));
        d.add(new StringField(Fields.CLAIM_ID, c.claimId(), Field.Store.YES));
        d.add(new StringField(Fields.PATH, Article.key(a.path()), Field.Store.YES));
        d.add(new StringField(Fields.DOC_ID, a.docId(), Field.Store.YES));
        ArticleStore.text(d, Fields.TITLE, a.title(), title);
        if (a.date() != null) {
            d.add(new StoredField(Fields.DATE, a.date().toString()));
        }
        // the same field structure as on article documents: Lucene wants one per field name
        ArticleStore.keyword(d, Fields.LANGUAGE, a.language().tag());
        ArticleStore.keyword(d, Fields.LANG, a.language().lang());
        d.add(new SortedSetDocValuesField(Fields.FACET_LANGUAGE, new BytesRef(a.language().tag())));

        d.add(new StoredField(Fields.MENTION, m.text()));
        d.add(new StoredField(Fields.START, m.start()));
        d.add(new StoredField(Fields.END, m.end()));
        ArticleStore.text(d, Fields.SENTENCE, c.sentence(), sentence);
        ArticleStore.withoutText(d, Fields.BODY, Fields.BODY_EXACT);
        d.add(new StoredField(Fields.SENTENCE_START, c.sentenceStart()));
        decimal(d, Fields.VALUE, m.value());
        decimal(d, Fields.LOW, m.low());
        decimal(d, Fields.HIGH, m.high());
        BigDecimal low = m.value() != null ? m.value() : m.low();
        BigDecimal high = m.value() != null ? m.value() : m.high();
        decimal(d, Fields.AMOUNT_LOW, low);
        decimal(d, Fields.AMOUNT_HIGH, high);
        Integer year = c.year() != null ? c.year() : a.date() != null ? a.date().getYear() : null;
        BigDecimal rate = fx.perUsd(m.currency(), year);
        if (rate != null) {
            d.add(new StoredField(Fields.FX_RATE, rate.toPlainString()));
            decimal(d, Fields.USD_VALUE, fx.toUsd(m.value(), m.currency(), year));
            decimal(d, Fields.USD_LOW, fx.toUsd(low, m.currency(), year));
            decimal(d, Fields.USD_HIGH, fx.toUsd(high, m.currency(), year));
        }
        keyword(d, Fields.CURRENCY, m.currency(), Fields.FACET_CURRENCY);
        flag(d, Fields.CURRENCY_INFERRED, m.currencyInferred());
        keyword(d, Fields.QUALIFIER, m.qualifier() == null ? null : m.qualifier().tag(), null);
        keyword(d, Fields.PERIOD, m.period(), null);
        flag(d, Fields.VAGUE, m.vague());
        d.add(new StoredField(Fields.NORMALIZED, m.normalized()));

        keyword(d, Fields.METRIC, c.metric().tag(), Fields.FACET_METRIC);
        keyword(d, Fields.SUBJECT, c.subject(), Fields.FACET_SUBJECT);
        keyword(d, Fields.SUBJECT_KEY, c.subject() == null ? null : TextNormalizer.matchKey(c.subject()), null);
        keyword(d, Fields.SOURCE, c.attribution().source(), Fields.FACET_SOURCE);
        keyword(d, Fields.SOURCE_KEY,
                c.attribution().source() == null ? null : TextNormalizer.matchKey(c.attribution().source()), null);
        keyword(d, Fields.SOURCE_TYPE, c.attribution().sourceType(), null);
        keyword(d, Fields.CUE, c.attribution().cue(), null);
        keyword(d, Fields.SCOPE, c.attribution().scope(), null);
        flag(d, Fields.HEDGED, c.hedged());
        keyword(d, Fields.TIME, c.time(), null);
        if (c.year() != null) {
            d.add(new IntPoint(Fields.CLAIM_YEAR, c.year()));
            d.add(new StoredField(Fields.CLAIM_YEAR, c.year()));
            d.add(new SortedSetDocValuesField(Fields.FACET_YEAR, new BytesRef(String.valueOf(c.year()))));
        }
        return d;
    }

    private static void keyword(Document d, String field, String value, String facet) {
        if (value == null) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.YES));
        if (facet != null) {
            d.add(new SortedSetDocValuesField(facet, new BytesRef(value)));
        }
    }

    private static void flag(Document d, String field, boolean value) {
        d.add(new StringField(field, String.valueOf(value), Field.Store.YES));
    }

    private static void decimal(Document d, String field, BigDecimal value) {
        if (value != null) {
            d.add(new StoredField(field, value.toPlainString()));
            d.add(new DoublePoint(field, value.doubleValue()));
        }
    }
}
