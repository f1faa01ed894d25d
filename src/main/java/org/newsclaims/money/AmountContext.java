package org.newsclaims.money;

/**
 * The third phase of money recognition: what the words around an amount say of it, outside its span.
 *
 * @param qualifier approximation or bound (约, 超过, khoảng), or null
 * @param period    year | quarter | month | day when the amount is per period (每年, mỗi tháng), or null
 */
record AmountContext(Qualifier qualifier, String period) {

    /** Characters that may link a qualifier to its amount: 约为16亿, 高达 is one word. */
    private static final String QUALIFIER_LINKS = "为是达到至了有在";
    private static final int PERIOD_LOOKBACK = 40;
    private static final int PERIOD_LOOKAHEAD = 20;

    /** The context of {@code p} in {@code d}; a vague amount is approximate by itself. */
    static AmountContext around(MoneyText d, ScannedAmount p) {
        return new AmountContext(p.vague() ? Qualifier.APPROX : qualifier(d, p), period(d, p));
    }

    private static Qualifier qualifier(MoneyText d, ScannedAmount p) {
        TextView v = d.v;
        int at = v.skipSpacesBack(p.start());
        var w = d.lx.preQualifiers.matchEndingAt(v, at);
        if (w == null && at > 0 && QUALIFIER_LINKS.indexOf(v.at(at - 1)) >= 0) {
            w = d.lx.preQualifiers.matchEndingAt(v, v.skipSpacesBack(at - 1));
        }
        Qualifier found = w == null ? null : w.value();
        if (found == null) {
            found = p.approx();
        }
        if (found == null) {
            var post = d.lx.postQualifiers.match(v, v.skipSpaces(p.end()));
            found = post == null ? null : post.value();
        }
        return found == Qualifier.NONE ? null : found;
    }

    /** A per-period word in the same clause: before the amount (每年…50亿美元) or after it (60 tỷ USD mỗi năm). */
    private static String period(MoneyText d, ScannedAmount p) {
        TextView v = d.v;
        for (int i = p.start(); i >= Math.max(0, p.start() - PERIOD_LOOKBACK); i--) {
            if (i < p.start() && isClauseEnd(v, i)) {
                break;
            }
            var w = d.lx.prePeriods.matchEndingAt(v, i);
            if (w != null) {
                return w.value();
            }
        }
        for (int i = p.end(); i < Math.min(v.length(), p.end() + PERIOD_LOOKAHEAD); i++) {
            if (isClauseEnd(v, i)) {
                break;
            }
            var w = d.lx.postPeriods.match(v, i);
            if (w != null) {
                return w.value();
            }
        }
        return null;
    }

    private static boolean isClauseEnd(TextView v, int i) {
        char c = v.at(i);
        return MoneyText.CLAUSE_ENDS.indexOf(c) >= 0 || c == ',' && !(v.isDigit(i - 1) && v.isDigit(i + 1))
                || c == '.' && !(v.isDigit(i - 1) && v.isDigit(i + 1));
    }
}
