package org.newsclaims.query;

import java.math.BigDecimal;

/**
 * What a claims query selects: all fields optional. {@code min}/{@code max} compare the amount
 * (a range's low end with min, its high end with max), in US dollars when {@code usd}.
 */
public record ClaimFilter(String text, String subject, String metric, String source, String currency,
                          BigDecimal min, BigDecimal max, boolean usd, String lang, Integer year, boolean hedgedOnly) {
}
