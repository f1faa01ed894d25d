package org.newsclaims.money;

import java.math.BigDecimal;

/**
 * One amount of money in a text.
 *
 * @param start            original-text offset (UTF-16, inclusive) of the amount: number, scale word and
 *                         currency; qualifiers such as 约 or khoảng are outside the span
 * @param end              original-text offset, exclusive
 * @param text             the original characters
 * @param value            the amount in units of {@code currency}; null for ranges and vague amounts
 * @param low              the lower end of a range, else null
 * @param high             the upper end of a range, else null
 * @param currency         ISO 4217 code, or null if unknown
 * @param qualifier        approx, over, under, up to, at least, or null (never {@link Qualifier#NONE})
 * @param period           year | quarter | month | day | null
 * @param vague            an order of magnitude only (数十亿美元, hàng tỷ USD)
 * @param currencyInferred the currency was not written with the amount but read from the document
 * @param normalized       e.g. {@code USD 5000000000}, {@code USD 20000000000-30000000000}, {@code USD ~1e9 (vague)}
 */
public record AmountMention(int start, int end, String text,
                            BigDecimal value,
                            BigDecimal low, BigDecimal high,
                            String currency,
                            Qualifier qualifier,
                            String period,
                            boolean vague,
                            boolean currencyInferred,
                            String normalized) {
}
