package org.newsclaims.dedup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.money.NumberMention;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/**
 * The ordered anchors of an article body: amounts of money as normalized values (50亿美元 and
 * 5 tỷ USD are both {@code $USD:5000000000}), other numbers, percentages, years, and Latin-script
 * names written with an inner capital or in capitals (OpenAI, ChatGPT, XTB), which both Chinese
 * and Vietnamese text keep as they are; and days of the year (2月9日, 9/2, ngày 9 tháng 2,
 * 2022-02-09), which tell a daily bulletin from the same bulletin of another day.
 */
public final class AnchorExtractor {

    static final double MONEY = 3;
    static final double NUMBER = 2;
    static final double SMALL_NUMBER = 0.5;
    static final double YEAR = 1;
    static final double NAME = 1.5;
    static final double SHORT_NAME = 0.75;
    static final double DATE = 1;
    static final int MAX_ANCHORS = 400;

    /** Month and day: year-month-day, Chinese 月日, and Vietnamese day/month or "ngày D tháng M" (then a year or not). */
    private static final Pattern DATE_PATTERN = Pattern.compile(
            "(?<![\\d/]|\\d[.,])(?:(?:19|20)\\d\\d\\s*[-/.年]\\s*(?<m1>\\d{1,2})\\s*[-/.月]\\s*(?<d1>\\d{1,2})日?"
                    + "|(?<m2>\\d{1,2})\\s*月\\s*(?<d2>\\d{1,2})\\s*[日号]"
                    + "|(?<d3>\\d{1,2})\\s*(?:/|\\s+tháng\\s+)(?<m3>\\d{1,2})(?:\\s*(?:/|\\s+năm\\s+)(?:19|20)\\d\\d)?)(?![\\d/]|[.,]\\d)");
    private static final Pattern NAME_PATTERN = Pattern.compile("\\b([A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[A-Za-z]*)\\b");

    private final MoneyRecognizer money;

    public AnchorExtractor(MoneyRecognizer money) {
        this.money = money;
    }

    private record Placed(int start, int end, Anchor anchor) {
    }

    public List<Anchor> anchors(Article article) {
        NormalizedText text = TextNormalizer.nfkc(article.text());
        return anchors(article, text, money.find(text, article.language(), article::inBody));
    }

    /**
     * The anchors of {@code article}, whose text NFKC-normalizes to {@code text} and whose body holds
     * {@code amounts} (offsets into its text).
     */
    public List<Anchor> anchors(Article article, NormalizedText text, List<AmountMention> amounts) {
        List<Placed> placed = new ArrayList<>();
        for (AmountMention m : amounts) {
            if (m.vague()) {
                continue;
            }
            String amount = m.value() != null ? plain(m.value()) : plain(m.low()) + "-" + plain(m.high());
            placed.add(new Placed(m.start(), m.end(), new Anchor("$" + m.currency() + ":" + amount, MONEY)));
        }
        Matcher dates = DATE_PATTERN.matcher(text.original());
        while (dates.find()) {
            Anchor day = date(dates, article.language().isChinese());
            if (day != null && article.inBody(dates.start(), dates.end()) && !overlaps(placed, dates.start(), dates.end())) {
                placed.add(new Placed(dates.start(), dates.end(), day));
            }
        }
        for (NumberMention n : money.numbers().find(text, article.language())) {
            if (!article.inBody(n.start(), n.end()) || overlaps(placed, n.start(), n.end()) || n.value() == null || isDigitWord(n)) {
                continue;
            }
            placed.add(new Placed(n.start(), n.end(), number(n)));
        }
        Matcher names = NAME_PATTERN.matcher(text.original());
        while (names.find()) {
            if (!article.inBody(names.start(), names.end())) {
                continue;
            }
            String name = names.group(1);
            placed.add(new Placed(names.start(), names.end(),
                    new Anchor("@" + name.toLowerCase(java.util.Locale.ROOT), name.length() <= 3 ? SHORT_NAME : NAME)));
        }
        placed.sort(Comparator.comparingInt(Placed::start));
        return placed.stream().limit(MAX_ANCHORS).map(Placed::anchor).toList();
    }

    /** The day a date match names, or null if it names none (13/14 is no day; in Chinese, 1/3 is a fraction). */
    private static Anchor date(Matcher m, boolean chinese) {
        for (int k = 1; k <= (chinese ? 2 : 3); k++) {
            if (m.group("m" + k) != null) {
                int month = Integer.parseInt(m.group("m" + k));
                int day = Integer.parseInt(m.group("d" + k));
                return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? new Anchor("d" + month + "-" + day, DATE) : null;
            }
        }
        return null;
    }

    private static Anchor number(NumberMention n) {
        BigDecimal v = n.value();
        if (n.kind() == NumberMention.Kind.PERCENT) {
            return new Anchor("%" + plain(v), NUMBER);
        }
        boolean integer = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        if (integer && v.compareTo(BigDecimal.valueOf(1900)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0) {
            return new Anchor("y" + plain(v), YEAR);
        }
        boolean small = integer && v.abs().compareTo(BigDecimal.valueOf(100)) < 0;
        return new Anchor("#" + plain(v), small ? SMALL_NUMBER : NUMBER);
    }

    /** 一, 两, ba, one digit: counting words that translation drops or adds at will. */
    private static boolean isDigitWord(NumberMention n) {
        return n.kind() == NumberMention.Kind.NUMBER && n.value().abs().compareTo(BigDecimal.TEN) < 0
                && n.value().stripTrailingZeros().scale() <= 0;
    }

    private static boolean overlaps(List<Placed> placed, int start, int end) {
        for (Placed p : placed) {
            if (start < p.end() && end > p.start()) {
                return true;
            }
        }
        return false;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "?" : v.stripTrailingZeros().toPlainString();
    }
}
