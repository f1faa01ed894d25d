package org.newsclaims.query;

/** One claim as a search returns it; amounts as exact decimal strings. */
public record ClaimHit(String claimId, String docId, String path, String title, String language, String date,
                       String mention, int start, int end, String sentence, String highlighted,
                       String value, String low, String high, String currency, String usdValue, String qualifier,
                       String period, boolean vague, String metric, String subject, String time, Integer year,
                       boolean hedged, String source, String sourceType, String cue, String scope) {
}
