package org.newsclaims.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Arabic digits with separators, read by digit grouping.
 *
 * <ul>
 *   <li>Groups of exactly three digits after the thousands mark ({@code ,} in Chinese, {@code .} in
 *       Vietnamese) are thousands; one decimal mark may follow ({@code 1,100.9}, {@code 10.000,50}).
 *       Several three-digit groups after the other mark are thousands too ({@code 1.000.000} in Chinese).</li>
 *   <li>A single separator: Vietnamese reads {@code ,} as the decimal comma ({@code 8,5 tỷ}) and {@code .}
 *       as thousands before exactly three digits ({@code 1.200 tỷ}), else as a decimal point.
 *       Chinese reads {@code ,} before three digits as thousands, and {@code .} as a decimal point except
 *       for the European artifact: exactly three digits after the dot, right before a big unit word
 *       (万 亿 兆), ending in 0 or in a document that already writes dots as thousands
 *       ({@code 5.000亿} = 5000亿, {@code 1.150亿} = 1150亿; {@code 27.5亿}, {@code 2.89万亿} are decimals).</li>
 *   <li>A separator followed by a space ends the number ({@code 1, 234, 567} is three numbers).</li>
 *   <li>An exponent may follow: {@code 2e5}, {@code 12.32e+14}.</li>
 * </ul>
 */
final class Arabic {

    /** A number in digits, where it ends, and whether it is a plain integer / a single digit. */
    record Reading(BigDecimal value, String digits, int end, boolean integerDigits, boolean singleDigit) {
    }

    private Arabic() {
    }

    static Reading read(TextView v, int pos, boolean chinese, boolean europeanDots, IntPredicate bigUnitAt) {
        if (!v.isDigit(pos)) {
            return leadingDecimal(v, pos, chinese);
        }
        if (v.isDigit(pos - 1) || pos >= 2 && isSep(v.at(pos - 1)) && v.isDigit(pos - 2) && !punctuationComma(v, pos - 1)) {
            return null; // inside a number
        }
        List<String> groups = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        int i = pos;
        while (true) {
            int g = i;
            while (v.isDigit(i)) {
                i++;
            }
            groups.add(v.text.substring(g, i));
            if (i + 1 < v.length() && isSep(v.at(i)) && v.isDigit(i + 1) && !punctuationComma(v, i)) {
                seps.add(v.at(i));
                i++;
            } else {
                break;
            }
        }
        char thousands = chinese ? ',' : '.';
        int used; // groups that belong to this number
        int decimalAt = -1; // index of the first fraction group, or -1
        if (seps.size() == 1) {
            char s = seps.get(0);
            boolean three = groups.get(1).length() == 3;
            if (chinese && s == ',') {
                used = three ? 2 : 1;
            } else if (chinese) {
                boolean european = three && (groups.get(1).endsWith("0") || europeanDots) && bigUnitAt.test(i);
                used = 2;
                decimalAt = european ? -1 : 1;
            } else if (s == ',') {
                used = 2;
                decimalAt = 1;
            } else {
                used = 2;
                decimalAt = three && !groups.get(0).equals("0") ? -1 : 1;
            }
        } else if (!seps.isEmpty() && allThreeDigitGroups(groups) && seps.stream().allMatch(c -> c == seps.get(0))) {
            used = groups.size(); // 1.000.000 or 1,000,000 whatever the language
        } else {
            used = 1;
            while (used < groups.size() && seps.get(used - 1) == thousands && groups.get(used).length() == 3) {
                used++;
            }
            if (used < groups.size() && seps.get(used - 1) != thousands) {
                decimalAt = used;
                used++;
            }
        }
        StringBuilder plain = new StringBuilder(groups.get(0));
        int end = pos + groups.get(0).length();
        for (int k = 1; k < used; k++) {
            plain.append(k == decimalAt ? "." : "").append(groups.get(k));
            end += 1 + groups.get(k).length();
        }
        BigDecimal value = new BigDecimal(plain.toString());
        boolean integer = decimalAt < 0;
        int[] expEnd = {end};
        Integer exp = exponent(v, end, expEnd);
        if (exp != null) {
            value = value.scaleByPowerOfTen(exp);
            end = expEnd[0];
            integer = false;
        }
        return new Reading(value, v.text.substring(pos, end), end, integer, used == 1 && integer && groups.get(0).length() == 1);
    }

    /** A full-width comma between ASCII digits is Chinese punctuation ($20，300美圆), not a thousands mark. */
    private static boolean punctuationComma(TextView v, int i) {
        return v.originalChar(i) == '\uFF0C' && v.originalChar(i - 1) < 0x80;
    }

    private static boolean isSep(char c) {
        return c == '.' || c == ',';
    }

    private static boolean allThreeDigitGroups(List<String> groups) {
        return groups.size() > 2 && groups.stream().skip(1).allMatch(g -> g.length() == 3);
    }

    /** {@code .77} (Chinese) or {@code ,77} (Vietnamese) at the start of a number. */
    private static Reading leadingDecimal(TextView v, int pos, boolean chinese) {
        if (pos >= v.length() || v.at(pos) != (chinese ? '.' : ',') || !v.isDigit(pos + 1)
                || v.isDigit(pos - 1) || v.isAlpha(pos - 1) || pos > 0 && isSep(v.at(pos - 1))) {
            return null;
        }
        int i = pos + 1;
        while (v.isDigit(i)) {
            i++;
        }
        if (i < v.length() && isSep(v.at(i)) && v.isDigit(i + 1)) {
            return null;
        }
        return new Reading(new BigDecimal("0." + v.text.substring(pos + 1, i)), v.text.substring(pos, i), i, false, false);
    }

    /** {@code e5}, {@code e+14}, {@code e-1}: the power of ten (its end in {@code end[0]}), or null. */
    private static Integer exponent(TextView v, int i, int[] end) {
        if (i >= v.length() || v.at(i) != 'e') {
            return null;
        }
        int j = i + 1;
        boolean neg = false;
        if (j < v.length() && (v.at(j) == '+' || v.at(j) == '-')) {
            neg = v.at(j) == '-';
            j++;
        }
        int d = j;
        while (v.isDigit(j)) {
            j++;
        }
        if (j == d || j - d > 3 || v.isAlpha(j)) {
            return null;
        }
        end[0] = j;
        int e = Integer.parseInt(v.text.substring(d, j));
        return neg ? -e : e;
    }
}
