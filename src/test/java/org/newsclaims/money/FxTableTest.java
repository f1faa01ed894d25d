package org.newsclaims.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsclaims.TestStages.STAGES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The shipped FX table: both quote directions, and no rate where none is known. */
class FxTableTest {

    private static final FxTable FX = STAGES.fx();

    private static String usd(String amount, String currency, Integer year) {
        BigDecimal v = FX.toUsd(new BigDecimal(amount), currency, year);
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void convertsWithTheYearsRate() {
        assertEquals("5000000000.00", usd("5000000000", "USD", null));
        assertEquals("141224.99", usd("1000000", "CNY", 2023));   // 1e6 / 7.0809
        assertEquals("108170.00", usd("100000", "EUR", 2023));    // quoted in dollars per euro
        assertEquals("32100.15", usd("1000000", "TWD", 2023));    // 1e6 / 31.1525
        assertEquals("150602.41", usd("1000000", "CNY", 2016));   // 1e6 / 6.6400, G.5A as republished by FRED
    }

    @Test
    void vietnameseDongFromTheImfRate() {
        assertEquals("43087.90", usd("1000000000", "VND", 2020)); // 1e9 / 23,208.37
        assertEquals("48012.29", usd("1000000000", "VND", 2012)); // 1e9 / 20,828.00
    }

    @Test
    void noRateNoValue() {
        assertNull(usd("1000000000", "VND", 2023), "the dong's rates end with 2021: no guess");
        assertNull(usd("1000000", "EUR", 2016), "a year the table lacks is not filled from another");
        assertNull(usd("1000000", "CNY", 2025), "a year the table lacks is not filled from another");
        assertNull(usd("1000000", "CNY", null), "no year, no rate");
    }
}
