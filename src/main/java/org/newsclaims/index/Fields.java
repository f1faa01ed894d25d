package org.newsclaims.index;

import java.util.List;

/** Names of the Lucene fields of article documents (the schema lives here, in one place). */
public final class Fields {
    private Fields() {
    }

    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";

    public static final String PATH = "path";
    public static final String FILE_SHA = "file_sha";
    /** The {@link BuildFingerprint#id() fingerprint} of the build that extracted the article. */
    public static final String BUILT_BY = "built_by";
    public static final String DOC_ID = "doc_id";
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    /** BCP 47 tag: zh-Hans, zh-Hant or vi. */
    public static final String LANGUAGE = "language";
    /** zh or vi. */
    public static final String LANG = "lang";
    public static final String SCRIPT = "script";
    public static final String MEDIA_TYPE = "media_type";
    public static final String CHARSET = "charset";
    /** The whole extracted text, chrome included, as read. */
    public static final String TEXT = "text";
    /** Body ranges of TEXT as "start-end" pairs joined by commas. */
    public static final String BODY_SPANS = "body_spans";
    /** The body in its original script, stored, analyzed folded (search and highlighting). */
    public static final String BODY = "body";
    /** The body analyzed with diacritics kept, for ranking exact matches first. */
    public static final String BODY_EXACT = "body_exact";

    public static final String KIND_CLAIM = "claim";

    // Claim documents carry the article fields PATH, DOC_ID, TITLE, DATE, LANGUAGE, LANG and these:
    public static final String CLAIM_ID = "claim_id";
    public static final String MENTION = "mention";
    public static final String START = "start";
    public static final String END = "end";
    /** The sentence in its original script, stored, analyzed like article bodies. */
    public static final String SENTENCE = "sentence";
    public static final String SENTENCE_START = "sentence_start";
    /** Exact decimal strings of the amount (stored); their double forms are indexed as points under the same names. */
    public static final String VALUE = "value";
    public static final String LOW = "low";
    public static final String HIGH = "high";
    /** The value, or the low end of a range: what {@code --min} compares. */
    public static final String AMOUNT_LOW = "amount_low";
    /** The value, or the high end of a range: what {@code --max} compares. */
    public static final String AMOUNT_HIGH = "amount_high";
    public static final String USD_LOW = "usd_low";
    public static final String USD_HIGH = "usd_high";
    public static final String USD_VALUE = "usd_value";
    public static final String FX_RATE = "fx_rate";
    public static final String CURRENCY = "currency";
    public static final String CURRENCY_INFERRED = "currency_inferred";
    public static final String QUALIFIER = "qualifier";
    public static final String PERIOD = "period";
    public static final String VAGUE = "vague";
    public static final String NORMALIZED = "normalized";
    public static final String METRIC = "metric";
    public static final String SUBJECT = "subject";
    public static final String SOURCE = "source";
    public static final String SOURCE_TYPE = "source_type";
    public static final String CUE = "cue";
    public static final String SCOPE = "scope";
    public static final String HEDGED = "hedged";
    public static final String TIME = "time";
    public static final String CLAIM_YEAR = "claim_year";
    /** Script-, width-, case- and space-folded names, for matching --subject and --source. */
    public static final String SUBJECT_KEY = "subject_key";
    public static final String SOURCE_KEY = "source_key";

    /** Facet fields (sorted-set doc values). */
    public static final String FACET_CURRENCY = "f_currency";
    public static final String FACET_METRIC = "f_metric";
    public static final String FACET_SOURCE = "f_source";
    public static final String FACET_SUBJECT = "f_subject";
    public static final String FACET_LANGUAGE = "f_language";
    public static final String FACET_YEAR = "f_year";

    // Reprint fingerprints on article documents.
    public static final String DATE_INFERRED = "date_inferred";
    /** MinHash LSH band keys (indexed, not stored): candidates for near duplicates. */
    public static final String LSH_BAND = "lsh_band";
    /** Strong anchors (indexed, not stored): candidates for spun copies and translations. */
    public static final String ANCHOR_TERM = "anchor_term";
    /** The smallest shingle hashes (indexed, not stored): candidates for spun copies, which share no band. */
    public static final String SKETCH = "sketch";
    /** The body's shingle hashes (sorted 32-bit integers), stored for verifying candidates. */
    public static final String SHINGLES = "shingles";
    /** The ordered anchor sequence, stored. */
    public static final String ANCHORS = "anchors";
    /**
     * Reprint links found when the article was added: one "path TAB doc_id TAB relation TAB score" per
     * line; relation {@code apart} for template news that must stay out of its cluster.
     */
    public static final String LINKS = "links";

    public static final List<String> EXACT_FIELDS = List.of(BODY_EXACT);
}
