package org.newsclaims.dedup;

/**
 * One difference between a cluster's canonical article and a member: the canonical's reading of a
 * claim ({@code canonical}; null for {@code claim_added}), the member's ({@code member}; null for
 * {@code claim_dropped}), what changed from what to what, and a note where more is known (a spinner's swap).
 */
public record Variant(ChangeKind kind, String memberPath, ClaimReading canonical, ClaimReading member, String from,
                      String to, String note) {
}
