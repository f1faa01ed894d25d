package org.newsclaims.dedup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a member of a reprint cluster reads a claim of its canonical article differently. */
public enum ChangeKind {
    VALUE_CHANGED, CURRENCY_CHANGED, METRIC_CHANGED, HEDGE_DROPPED, HEDGE_ADDED, SOURCE_DROPPED, SOURCE_CHANGED,
    TIME_CHANGED, CLAIM_DROPPED, CLAIM_ADDED;

    /** As written on the command line, in exports and in JSON: {@code value_changed}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a label names, or null. */
    public static ChangeKind of(String label) {
        for (ChangeKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }
}
