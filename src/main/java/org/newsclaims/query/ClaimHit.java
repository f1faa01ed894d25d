package org.newsclaims.query;

import java.util.List;

/**
 * One claim as a search returns it; amounts as exact decimal strings. {@code cluster}: the reprint
 * cluster of its article. {@code attestations}: when claims are collapsed, every article of the
 * cluster that states the same claim (this one included), else empty. {@code sentenceStart}: where the
 * sentence begins in the article's original text.
 */
public record ClaimHit(String claimId, String docId, String path, String title, String language, String date,
                       String mention, int start, int end, String sentence, int sentenceStart, String highlighted,
                       String value, String low, String high, String currency, String usdValue, String fxRate,
                       String qualifier, String period, boolean vague, String metric, String subject, String time,
                       Integer year, boolean hedged, String source, String sourceType, String cue, String scope,
                       String cluster, List<Attestation> attestations) implements java.io.Serializable {

    /** Where a claim is stated, and whom that article credits for it. */
    public record Attestation(String docId, String path, String language, int start, int end, String mention,
                              String source) implements java.io.Serializable {
    }

    /** This claim in reprint cluster {@code id}. */
    public ClaimHit withCluster(String id) {
        return new ClaimHit(claimId, docId, path, title, language, date, mention, start, end, sentence, sentenceStart, highlighted,
                value, low, high, currency, usdValue, fxRate, qualifier, period, vague, metric, subject, time, year,
                hedged, source, sourceType, cue, scope, id, attestations);
    }

    ClaimHit withAttestations(List<Attestation> list) {
        return new ClaimHit(claimId, docId, path, title, language, date, mention, start, end, sentence, sentenceStart, highlighted,
                value, low, high, currency, usdValue, fxRate, qualifier, period, vague, metric, subject, time, year,
                hedged, source, sourceType, cue, scope, cluster, List.copyOf(list));
    }

    Attestation attestation() {
        return new Attestation(docId, path, language, start, end, mention, source);
    }
}
