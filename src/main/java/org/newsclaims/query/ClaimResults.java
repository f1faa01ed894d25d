package org.newsclaims.query;

import java.util.List;
import java.util.Map;

/** A page of claims, the total that matched, and (when asked) counts per facet value over all matches. */
public record ClaimResults(long total, List<ClaimHit> hits, Map<String, Map<String, Integer>> facets) {
}
