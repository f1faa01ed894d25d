package org.newsclaims.eval;

/** The kinds of scoring error {@code eval --errors} groups by, in the order it lists them. */
public enum ErrorClass {
    /** A prediction overlapping a gold amount whose value agrees but whose currency does not. */
    CURRENCY("currency", true, true),
    /** A prediction overlapping a gold amount whose value does not agree. */
    VALUE("value", true, true),
    /** A gold amount in the article's first line or on its title line that nothing matched. */
    MISSED_HEADLINE("missed headline", true, false),
    MISSED("missed", true, false),
    /** A prediction that overlaps no gold amount. */
    FALSE_POSITIVE("false positive", false, true),
    SUBJECT_NULL("subject null", true, true),
    SUBJECT_WRONG("subject wrong", true, true),
    SUBJECT_EXTRA("subject extra", true, true),
    /** Broken down by confusion pair, gold→predicted. */
    METRIC("metric", true, true),
    /** Gold names a source the prediction lacks, where gold does not say the attribution is inherited. */
    SOURCE_NULL("source null", true, true),
    /** Gold's attribution is inherited and the prediction has none: reported, not counted wrong (GUIDELINES.md). */
    SOURCE_INHERITED_NULL("source inherited null", true, true),
    SOURCE_WRONG("source wrong", true, true),
    SOURCE_EXTRA("source extra", true, true),
    YEAR("year", true, true);

    private final String label;
    private final boolean hasGold;
    private final boolean hasPrediction;

    ErrorClass(String label, boolean hasGold, boolean hasPrediction) {
        this.label = label;
        this.hasGold = hasGold;
        this.hasPrediction = hasPrediction;
    }

    /** The name in the text listing. */
    public String label() {
        return label;
    }

    /** The name in JSON. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean hasGold() {
        return hasGold;
    }

    boolean hasPrediction() {
        return hasPrediction;
    }
}
