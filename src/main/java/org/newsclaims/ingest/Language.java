package org.newsclaims.ingest;

import java.util.Locale;

/** The languages and scripts newsclaims reads, with their BCP 47 tags. */
public enum Language {
    ZH_HANS("zh-Hans", "zh", "Hans"),
    ZH_HANT("zh-Hant", "zh", "Hant"),
    VI("vi", "vi", "Latn");

    private final String tag;
    private final String lang;
    private final String script;

    Language(String tag, String lang, String script) {
        this.tag = tag;
        this.lang = lang;
        this.script = script;
    }

    /** {@code zh-Hans}, {@code zh-Hant} or {@code vi}. */
    public String tag() {
        return tag;
    }

    /** {@code zh} or {@code vi}. */
    public String lang() {
        return lang;
    }

    /** {@code Hans}, {@code Hant} or {@code Latn}. */
    public String script() {
        return script;
    }

    public boolean isChinese() {
        return "zh".equals(lang);
    }

    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "' (expected zh-Hans, zh-Hant or vi)");
    }

    @Override
    public String toString() {
        return tag.toLowerCase(Locale.ROOT);
    }
}
