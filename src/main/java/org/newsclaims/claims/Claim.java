package org.newsclaims.claims;

import org.newsclaims.money.AmountMention;

/**
 * One monetary claim: an amount mention with what its article says about it. Offsets point into
 * the article's original text. {@code year} is {@code time} resolved against the publication date
 * (null where the time names no single year, or the date is unknown).
 */
public record Claim(
        String claimId,
        String docId,
        AmountMention amount,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        String subject,
        Metric metric,
        String time,
        Integer year,
        boolean hedged,
        Attribution attribution) {
}
