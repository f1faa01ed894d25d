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

    public static final List<String> EXACT_FIELDS = List.of(BODY_EXACT);
}
