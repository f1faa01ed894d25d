package org.newsclaims.money;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.Models;

/**
 * The money lexicon of one language family ({@code zh} or {@code vi}), read from
 * {@code models/money/}. Immutable after loading.
 */
final class Lexicon {

    enum NumeralType { DIGIT, TENS, SMALL, BIG, SUFFIX, ZERO, POINT, HALF, NEG, APPROX, MULT }

    /** What a number word may do besides what its type says: the flags of numerals.tsv. */
    enum NumeralFlag {
        /** A digit or tens word that may start a number; a small unit that may start one with an implied one (十五, trăm). */
        LEADS("leads"),
        /** A digit that may stand in the units place after tens (二十五, hai mươi lăm). */
        UNITS("units"),
        /** A digit that may stand as the abbreviated next digit after a unit (一万三 = 13000, một trăm hai = 120). */
        ABBREVIATED("abbreviated"),
        /** A digit that may be the second digit of a spoken pair (bốn ba = 43). */
        PAIRED("paired"),
        /** A digit that may follow a decimal point word (ba phẩy năm). */
        AFTER_POINT("after-point"),
        /** A suffix read only in upper case (3M is a million, 3m is three metres). */
        UPPER_CASE("upper-case");

        final String tag;

        NumeralFlag(String tag) {
            this.tag = tag;
        }
    }

    /** A number word; {@code qualifier} for approximation infixes (多 over), else null. */
    record Numeral(NumeralType type, BigDecimal value, Set<NumeralFlag> flags, Qualifier qualifier) {
        boolean has(NumeralFlag flag) {
            return flags.contains(flag);
        }
    }

    record Currency(String iso, boolean pre, boolean post, boolean localYuan, boolean weak) {
    }

    /** The unit a price quote leaves out in a sentence that holds its context word (implied-units.tsv). */
    record ImpliedUnit(BigDecimal scale, String currency, BigDecimal least, BigDecimal most) {
    }

    /**
     * A sub-unit; {@code currency} is set when the sub-unit may stand alone (5毛), else null;
     * {@code localYuan}: alone, it is a tenth of the article's local yuan (2角 is TWD 0.2 in Taiwan).
     */
    record MinorUnit(BigDecimal fraction, String currency, boolean localYuan) {
    }

    final String family;
    final WordIndex<Numeral> numerals = new WordIndex<>();
    final WordIndex<Currency> currencies = new WordIndex<>();
    final WordIndex<MinorUnit> minorUnits = new WordIndex<>();
    final WordIndex<Qualifier> preQualifiers = new WordIndex<>();
    final WordIndex<Qualifier> postQualifiers = new WordIndex<>();
    /** Qualifiers before a scale word written without a number (上萬元 is over 10^4). */
    final WordIndex<Qualifier> unitQualifiers = new WordIndex<>();
    final WordIndex<String> prePeriods = new WordIndex<>();
    final WordIndex<String> postPeriods = new WordIndex<>();
    final WordIndex<Boolean> vague = new WordIndex<>();
    final WordIndex<Boolean> rangeOpen = new WordIndex<>();
    final WordIndex<Boolean> rangeSep = new WordIndex<>();
    final WordIndex<Boolean> rangeSepBetween = new WordIndex<>();
    final WordIndex<Boolean> rangeClose = new WordIndex<>();
    final WordIndex<Boolean> listSep = new WordIndex<>();
    final WordIndex<String> preBounds = new WordIndex<>();
    final WordIndex<String> postBounds = new WordIndex<>();
    final WordIndex<String> thanBounds = new WordIndex<>();
    final WordIndex<Boolean> nonMoney = new WordIndex<>();
    final WordIndex<Boolean> moneyContext = new WordIndex<>();
    /** Verbs whose object is money (赚, 借, 还): a currency-less amount after one is money from 1000 up. */
    final WordIndex<Boolean> moneyVerbs = new WordIndex<>();
    /** Context words of price quotes written without their unit (giá vàng: million đồng). */
    final WordIndex<ImpliedUnit> impliedUnits = new WordIndex<>();
    /** Words that look like a numeral or currency but are not; false: except right after a scale word (blockers.txt). */
    final WordIndex<Boolean> blockers = new WordIndex<>();
    /** Words that name a table's unit (đơn vị tính, 单位): a scale and currency after them are no amount. */
    final WordIndex<Boolean> unitLabels = new WordIndex<>();
    /** Measure words that may follow a number, with how many items one unit counts (对 = 2). */
    final WordIndex<BigDecimal> classifiers = new WordIndex<>();

    private Lexicon(String family) {
        this.family = family;
    }

    boolean isChinese() {
        return family.equals("zh");
    }

    static Lexicon load(Models models, String family) {
        Lexicon lx = new Lexicon(family);
        for (Row r : rows(models, "money/numerals.tsv", 4, family, 3)) {
            NumeralType type = enumOf(NumeralType.class, r.col(1), r);
            String last = r.cols.length > 4 ? r.col(4) : "";
            // an approximation infix names its qualifier where other words list their flags
            Qualifier qualifier = type == NumeralType.APPROX ? qualifier(last, r) : null;
            Set<NumeralFlag> flags = type == NumeralType.APPROX ? Set.of() : numeralFlags(last, r);
            lx.numerals.add(r.col(0), new Numeral(type, decimal(r.col(2), r), flags, qualifier));
        }
        for (Row r : rows(models, "money/currencies.tsv", 4, family, 3)) {
            String pos = r.col(2);
            if (!Set.of("pre", "post", "both").contains(pos)) {
                throw r.error("position must be pre, post or both");
            }
            String flags = r.cols.length > 4 ? r.col(4) : "";
            lx.currencies.add(r.col(0), new Currency(r.col(1), !pos.equals("post"), !pos.equals("pre"),
                    flags.contains("yuan"), flags.contains("weak")));
        }
        for (Row r : rows(models, "money/minor-units.tsv", 4, family, 2)) {
            String alone = r.col(3);
            boolean localYuan = r.cols.length > 4 && r.col(4).equals("yuan");
            lx.minorUnits.add(r.col(0), new MinorUnit(decimal(r.col(1), r), alone.equals("-") ? null : alone, localYuan));
        }
        for (Row r : rows(models, "money/qualifiers.tsv", 3, null, -1)) {
            Qualifier qualifier = qualifier(r.col(1), r);
            if (r.col(2).equals("unit")) {
                lx.unitQualifiers.add(r.col(0), qualifier);
            } else {
                (prePost(r) ? lx.preQualifiers : lx.postQualifiers).add(r.col(0), qualifier);
            }
        }
        Set<String> periods = Set.of("year", "quarter", "month", "day");
        for (Row r : rows(models, "money/periods.tsv", 3, null, -1)) {
            if (!periods.contains(r.col(1))) {
                throw r.error("unknown period " + r.col(1));
            }
            (prePost(r) ? lx.prePeriods : lx.postPeriods).add(r.col(0), r.col(1));
        }
        for (Row r : rows(models, "money/vague.tsv", 2, family, 1)) {
            lx.vague.add(r.col(0), true);
        }
        for (Row r : rows(models, "money/ranges.tsv", 3, family, 2)) {
            switch (r.col(1)) {
                case "open" -> lx.rangeOpen.add(r.col(0), true);
                case "sep" -> lx.rangeSep.add(r.col(0), true);
                case "sep-between" -> lx.rangeSepBetween.add(r.col(0), true);
                case "close" -> lx.rangeClose.add(r.col(0), true);
                case "list" -> lx.listSep.add(r.col(0), true);
                default -> throw r.error("unknown role " + r.col(1));
            }
        }
        for (Row r : rows(models, "money/comparatives.tsv", 3, null, -1)) {
            if (!Set.of("gt", "ge", "lt", "le", "eq").contains(r.col(1))) {
                throw r.error("bound must be gt, ge, lt, le or eq");
            }
            switch (r.col(2)) {
                case "pre" -> lx.preBounds.add(r.col(0), r.col(1));
                case "post" -> lx.postBounds.add(r.col(0), r.col(1));
                case "than" -> lx.thanBounds.add(r.col(0), r.col(1));
                default -> throw r.error("position must be pre, post or than");
            }
        }
        for (Row r : rows(models, "money/non-money.txt", 1, null, -1)) {
            lx.nonMoney.add(r.col(0), true);
        }
        for (Row r : rows(models, "money/money-context.txt", 1, null, -1)) {
            lx.moneyContext.add(r.col(0), true);
        }
        for (Row r : rows(models, "money/implied-units.tsv", 6, family, 5)) {
            lx.impliedUnits.add(r.col(0), new ImpliedUnit(decimal(r.col(1), r), r.col(2), decimal(r.col(3), r),
                    decimal(r.col(4), r)));
        }
        for (Row r : rows(models, "money/money-verbs.txt", 1, null, -1)) {
            lx.moneyVerbs.add(r.col(0), true);
        }
        for (Row r : rows(models, "money/blockers.txt", 1, null, -1)) {
            boolean always = r.cols.length < 2 || !r.col(1).equals("after-scale");
            lx.blockers.add(r.col(0), always);
        }
        for (Row r : rows(models, "money/unit-labels.txt", 1, null, -1)) {
            lx.unitLabels.add(r.col(0), true);
        }
        for (Row r : rows(models, "money/classifiers.tsv", 3, family, 2)) {
            lx.classifiers.add(r.col(0), decimal(r.col(1), r));
        }
        return lx;
    }

    private static Qualifier qualifier(String tag, Row r) {
        try {
            return Qualifier.fromTag(tag);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    /** Flags written as their names with commas between: {@code leads,units}. */
    private static Set<NumeralFlag> numeralFlags(String written, Row r) {
        Set<NumeralFlag> flags = EnumSet.noneOf(NumeralFlag.class);
        for (String name : written.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            NumeralFlag flag = Arrays.stream(NumeralFlag.values()).filter(f -> f.tag.equals(name.strip())).findFirst()
                    .orElseThrow(() -> r.error("unknown flag " + name.strip()));
            flags.add(flag);
        }
        return Collections.unmodifiableSet(flags);
    }

    private static boolean prePost(Row r) {
        return switch (r.col(2)) {
            case "pre" -> true;
            case "post" -> false;
            default -> throw r.error("position must be pre or post");
        };
    }

    record Row(Path file, int line, String[] cols) {
        String col(int i) {
            return cols[i].trim();
        }

        IllegalStateException error(String why) {
            return new IllegalStateException("bad lexicon line " + file + ":" + line + ": " + why);
        }
    }

    /** Non-comment rows with at least {@code minCols} columns whose language column (if any) fits. */
    static List<Row> rows(Models models, String relative, int minCols, String family, int langCol) {
        Path file = models.path(relative);
        List<String> lines = models.lines(relative);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Row r = new Row(file, i + 1, line.split("\t"));
            if (r.cols.length < minCols || r.col(0).isEmpty()) {
                throw r.error("expected at least " + minCols + " tab-separated columns");
            }
            if (langCol >= 0 && family != null) {
                String langs = r.col(langCol);
                if (!Set.of("zh", "vi", "*").contains(langs)) {
                    throw r.error("language must be zh, vi or *");
                }
                if (!langs.equals("*") && !langs.equals(family)) {
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    private static BigDecimal decimal(String s, Row r) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw r.error("not a number: " + s);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String s, Row r) {
        try {
            return Enum.valueOf(type, s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error("unknown type " + s);
        }
    }
}
