package org.newsclaims.claims;

/**
 * Who the article says a claim comes from (PARC: source and cue; the content is the claim's
 * sentence). {@code scope} is {@code explicit} when the source is named in the claim's own
 * sentence, {@code inherited} when an earlier sentence's attribution governs it. All fields null:
 * the article speaks for itself.
 */
public record Attribution(String source, String sourceType, String cue, String scope) {

    public static final Attribution NONE = new Attribution(null, null, null, null);

    public Attribution inherited() {
        return new Attribution(source, sourceType, cue, "inherited");
    }
}
