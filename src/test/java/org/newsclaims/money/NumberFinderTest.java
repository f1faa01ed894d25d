package org.newsclaims.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.ingest.Language;
import org.newsclaims.normalize.TextNormalizer;

class NumberFinderTest {

    static final NumberFinder F = MoneyRecognizerTest.R.numbers();

    static void assertNumber(String expected, String text, Language lang) {
        BigDecimal v = F.parse(text, lang);
        assertEquals(0, new BigDecimal(expected).compareTo(v == null ? new BigDecimal("-999999") : v),
                () -> text + ": expected " + expected + " got " + v);
    }

    @Test
    void chineseNumerals() {
        assertNumber("5000000000", "五十亿", Language.ZH_HANS);
        assertNumber("23000000", "两千三百万", Language.ZH_HANS);
        assertNumber("120", "壹佰贰拾", Language.ZH_HANS);
        assertNumber("0", "〇", Language.ZH_HANS);
        assertNumber("2450", "两千四百五", Language.ZH_HANS);
        assertNumber("13000", "一万三", Language.ZH_HANS);
        assertNumber("1500000000000", "1.5万亿", Language.ZH_HANS);
        assertNumber("4780000000000", "4.78萬億", Language.ZH_HANT);
        assertNumber("456420015", "四亿五千六百四十二万零一十五", Language.ZH_HANS);
        assertNumber("1000000000", "10万万", Language.ZH_HANS);
        assertNumber("75400", "7 万5 千4 百", Language.ZH_HANS);
        assertNumber("1013012", "一百零一万零三千零十二", Language.ZH_HANS);
        assertNumber("-10.5", "負十點五", Language.ZH_HANT);
        assertNumber("0.2", "五分之一", Language.ZH_HANS);
    }

    @Test
    void vietnameseNumbers() {
        assertNumber("21", "hai mươi mốt", Language.VI);
        assertNumber("147451", "một trăm bốn bảy nghìn bốn trăm năm mốt", Language.VI);
        assertNumber("1005", "một nghìn không trăm linh năm", Language.VI);
        assertNumber("5500", "năm ngàn rưỡi", Language.VI);
        assertNumber("120", "một trăm hai", Language.VI);
        assertNumber("1200000", "1.200.000", Language.VI);
        assertNumber("1.1", "1,1", Language.VI);
        assertNumber("-1200000", "âm 1.200.000", Language.VI);
        assertNumber("1000000000000", "1 nghìn tỷ", Language.VI);
        assertNumber("0.2", "không phẩy hai", Language.VI);
    }

    @Test
    void wordsThatContainNumeralsAreNotNumbers() {
        for (String s : new String[]{"一切", "四川", "陆地", "入伍時分總令人感傷", "这个人很放肆", "两两"}) {
            List<NumberMention> found = F.find(TextNormalizer.nfkc(s), Language.ZH_HANS);
            assertEquals(List.of(), found, s);
        }
    }

    @Test
    void percentagesAndRanges() {
        List<NumberMention> p = F.find(TextNormalizer.nfkc("占比82%,百分之五十"), Language.ZH_HANS);
        assertEquals(NumberMention.Kind.PERCENT, p.get(0).kind());
        assertEquals(0, new BigDecimal("82").compareTo(p.get(0).value()));
        assertEquals(0, new BigDecimal("50").compareTo(p.get(1).value()));
        NumberMention r = F.find(TextNormalizer.nfkc("大于等于0并小于230.3964"), Language.ZH_HANS).get(0);
        assertEquals(NumberMention.Kind.RANGE, r.kind());
        assertEquals(0, BigDecimal.ZERO.compareTo(r.low()));
        assertEquals(true, r.lowInclusive());
        assertEquals(false, r.highInclusive());
        NumberMention open = F.find(TextNormalizer.nfkc("1000以上"), Language.ZH_HANS).get(0);
        assertNull(open.high());
    }

    static NumberMention only(String text) {
        List<NumberMention> found = F.find(TextNormalizer.nfkc(text), Language.ZH_HANS);
        assertEquals(1, found.size(), () -> text + ": " + found);
        return found.get(0);
    }

    @Test
    void fractionsThatStartLikeOtherWords() {
        assertNumber("0.1", "十分之一", Language.ZH_HANS); // 十分 is also "very"
        assertNumber("1.1", "一又十分一", Language.ZH_HANS);
        assertEquals(List.of(), F.find(TextNormalizer.nfkc("十分重要"), Language.ZH_HANS));
        assertNumber("-99.95", "âm chín chín chấm chín lăm", Language.VI);
    }

    @Test
    void classifierIsKeptBesideTheNumber() {
        NumberMention pair = only("五雙");
        assertEquals("五", pair.text());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(pair.value()));
        assertEquals("雙", pair.classifier().text());
        assertEquals(0, BigDecimal.TEN.compareTo(pair.count()));
        NumberMention half = only("半个");
        assertEquals(0, new BigDecimal("0.5").compareTo(half.value()));
        assertEquals(2, half.classifier().end());
        assertNull(F.find(TextNormalizer.nfkc("以3对2获胜"), Language.ZH_HANS).get(0).classifier()); // a score
    }

    @Test
    void sharesDiscountsAndPerMille() {
        String[][] cases = {{"三成", "30"}, {"7.2成", "72"}, {"七成六", "76"}, {"三成半", "35"}, {"十成", "100"},
                {"半成", "5"}, {"八折", "80"}, {"75折", "75"}, {"三八折", "38"}, {"9.9折", "99"}, {"半折", "50"},
                {"千分之三", "0.3"}, {"万分之七", "0.07"}, {"百 分 之 2", "2"}, {"六 个 百 分点", "6"}};
        for (String[] c : cases) {
            NumberMention m = only(c[0]);
            assertEquals(NumberMention.Kind.PERCENT, m.kind(), c[0]);
            assertEquals(0, new BigDecimal(c[1]).compareTo(m.value()), () -> c[0] + ": " + m.value());
        }
        assertEquals(0, new BigDecimal("0.02").compareTo(only("一百分之二").value())); // a number, not 2%
        for (String s : new String[]{"G7成员国", "三折叠手机", "半成品", "一成不变", "对折"}) {
            assertTrue(F.find(TextNormalizer.nfkc(s), Language.ZH_HANS).stream()
                    .noneMatch(m -> m.kind() == NumberMention.Kind.PERCENT), s);
        }
    }

    @Test
    void digitsInWebAddressesAreNotNumbers() {
        assertEquals(List.of(), F.find(TextNormalizer.nfkc("见 https://example.com/q=30%25%2020%"), Language.ZH_HANS));
    }
}
