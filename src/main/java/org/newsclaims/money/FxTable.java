package org.newsclaims.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.Models;

/**
 * Yearly average rates to the US dollar from {@code models/fx/usd-rates.tsv}; no rate, no
 * conversion. Rates quoted as dollars per unit (euro, pound) are turned into units per dollar.
 */
public final class FxTable {

    private static final String ANY_YEAR = "*";

    private final Map<String, BigDecimal> perUsd;

    private FxTable(Map<String, BigDecimal> perUsd) {
        this.perUsd = Map.copyOf(perUsd);
    }

    /** Reads {@code fx/usd-rates.tsv}. */
    public static FxTable load(Models models) {
        String table = "fx/usd-rates.tsv";
        Path file = models.path(table);
        Map<String, BigDecimal> rates = new HashMap<>();
        List<String> lines = models.lines(table);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                BigDecimal rate = new BigDecimal(cols[2]);
                BigDecimal perUsd = switch (cols[3]) {
                    case "per_usd" -> rate;
                    case "usd_per" -> BigDecimal.ONE.divide(rate, MathContext.DECIMAL64);
                    default -> throw new IllegalArgumentException(cols[3]);
                };
                rates.put(cols[0] + "/" + cols[1], perUsd);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + ":" + (i + 1)
                        + ": expected 'currency<TAB>year<TAB>rate<TAB>per_usd|usd_per<TAB>note'", e);
            }
        }
        return new FxTable(rates);
    }

    /** Units of {@code currency} per US dollar in {@code year}, or null when the table has no rate. */
    public BigDecimal perUsd(String currency, Integer year) {
        if (currency == null) {
            return null;
        }
        BigDecimal any = perUsd.get(currency + "/" + ANY_YEAR);
        return any != null || year == null ? any : perUsd.get(currency + "/" + year);
    }

    /** {@code amount} in US dollars, or null when no rate is known. */
    public BigDecimal toUsd(BigDecimal amount, String currency, Integer year) {
        BigDecimal rate = perUsd(currency, year);
        return amount == null || rate == null ? null : amount.divide(rate, MathContext.DECIMAL64);
    }
}
