package org.newsclaims.money;

import java.math.BigDecimal;
import org.newsclaims.money.NumeralGrammar.Quantity;

/**
 * An amount, range or vague amount found by the scan. {@code currency} is null while unknown;
 * {@code quantity} is the (upper) number, for scale sharing and inference.
 */
record ScannedAmount(int start, int end, BigDecimal value, BigDecimal low, BigDecimal high, String currency,
                     boolean vague, BigDecimal magnitude, Qualifier approx, boolean inferred, Quantity quantity) {

    ScannedAmount withCurrency(String iso, boolean byInference, BigDecimal scaleBy) {
        BigDecimal v = value == null || scaleBy == null ? value : value.multiply(scaleBy);
        return new ScannedAmount(start, end, v, low, high, iso, vague, magnitude, approx, byInference, quantity);
    }

    ScannedAmount inUnit(Lexicon.ImpliedUnit unit) {
        return new ScannedAmount(start, end, value == null ? null : value.multiply(unit.scale()),
                low == null ? null : low.multiply(unit.scale()), high == null ? null : high.multiply(unit.scale()),
                unit.currency(), false, null, approx, true, quantity);
    }
}
