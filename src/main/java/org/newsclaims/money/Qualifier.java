package org.newsclaims.money;

import java.util.Locale;

/**
 * How the words around an amount qualify it: 约 / khoảng approx, 超过 / hơn over, 不到 under, 最多 up to,
 * 至少 at least. {@link #NONE} is a lexicon word that says an amount is exact and ends the look-up; no
 * mention carries it (a mention without a qualifier has null).
 */
public enum Qualifier {
    APPROX, OVER, UNDER, UP_TO, AT_LEAST, NONE;

    /** As the lexicon, the store and exports write it: {@code approx}, {@code up_to}, ... */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The qualifier written {@code tag}; IllegalArgumentException for another word. */
    static Qualifier fromTag(String tag) {
        for (Qualifier q : values()) {
            if (q.tag().equals(tag)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier category " + tag);
    }

    @Override
    public String toString() {
        return tag();
    }
}
