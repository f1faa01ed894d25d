package org.newsclaims.claims;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year a time expression names, by its rule in {@code time.tsv}, relative to the publication date. */
public final class TimeResolver {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private TimeResolver() {
    }

    /**
     * @param expression the expression (folded or as written)
     * @param rule       "y" (the year written in it), "-" (no single year) or an offset such as "0", "-1", "+1"
     * @param date       publication date, or null (then relative expressions resolve to null)
     */
    public static Integer resolve(String expression, String rule, LocalDate date) {
        if (rule == null || "-".equals(rule)) {
            return null;
        }
        if ("y".equals(rule)) {
            Matcher m = YEAR.matcher(expression);
            return m.find() ? Integer.valueOf(m.group()) : null;
        }
        return date == null ? null : date.getYear() + Integer.parseInt(rule.replace("+", ""));
    }
}
