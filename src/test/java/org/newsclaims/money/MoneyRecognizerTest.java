package org.newsclaims.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.Models;
import org.newsclaims.ingest.Language;
import org.newsclaims.normalize.TextNormalizer;

class MoneyRecognizerTest {

    static final MoneyRecognizer R = STAGES.money();

    static List<AmountMention> find(String text, String lang) {
        return R.find(TextNormalizer.nfkc(text), Language.fromTag(lang));
    }

    static AmountMention one(String text, String lang) {
        List<AmountMention> found = find(text, lang);
        assertEquals(1, found.size(), () -> "one amount in " + text + ", got " + found);
        return found.get(0);
    }

    static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void europeanDotIsThousandsBeforeAScaleWord() {
        AmountMention m = one("奥特曼宣布高达5.000亿美元的星门计划", "zh-Hans");
        assertEquals("5.000亿美元", m.text());
        assertValue("5e11", m.value());
        assertEquals("USD", m.currency());
        assertEquals(Qualifier.UP_TO, m.qualifier());
        assertValue("2750000000", one("追加27.5亿美元投资", "zh-Hans").value());
        assertValue("2.89e12", one("以2.89万亿美元的总市值", "zh-Hans").value());
        assertValue("490320000000", one("相当于约4903.2亿元人民币", "zh-Hans").value());
    }

    @Test
    void vietnameseDecimalCommaAndThousandsDot() {
        AmountMention m = one("chi phí có thể lên tới 8,5 tỷ đô la Mỹ, trong đó", "vi");
        assertEquals("8,5 tỷ đô la Mỹ", m.text());
        assertValue("8.5e9", m.value());
        assertEquals("USD", m.currency());
        assertEquals(Qualifier.UP_TO, m.qualifier());
        assertValue("1.2e12", one("doanh thu 1.200 tỷ đồng", "vi").value());
        assertEquals("VND", one("doanh thu 1.200 tỷ đồng", "vi").currency());
    }

    @Test
    void listSharesTheCurrencyButEachAmountKeepsItsSpan() {
        String text = "换算下来分别是2.4亿、7.5亿和15.5亿美元。";
        List<AmountMention> found = find(text, "zh-Hans");
        assertEquals(List.of("2.4亿", "7.5亿", "15.5亿美元"), found.stream().map(AmountMention::text).toList());
        assertValue("2.4e8", found.get(0).value());
        assertValue("7.5e8", found.get(1).value());
        assertValue("1.55e9", found.get(2).value());
        assertTrue(found.stream().allMatch(m -> "USD".equals(m.currency()) && !m.currencyInferred()));
        assertEquals(text.indexOf("7.5亿"), found.get(1).start());
    }

    @Test
    void rangesAreOneMentionWithBothEnds() {
        AmountMention zh = one("至少还得200-300亿美元,", "zh-Hans");
        assertEquals("200-300亿美元", zh.text());
        assertNull(zh.value());
        assertValue("2e10", zh.low());
        assertValue("3e10", zh.high());
        assertEquals("USD 20000000000-30000000000", zh.normalized());
        AmountMention vi = one("từ 10 đến 15 tỷ USD", "vi");
        assertEquals("từ 10 đến 15 tỷ USD", vi.text());
        assertValue("1e10", vi.low());
        assertValue("1.5e10", vi.high());
        AmountMention vnd = one("giá 500-600 triệu đồng", "vi");
        assertValue("5e8", vnd.low());
        assertEquals("VND", vnd.currency());
    }

    @Test
    void countsIndexPointsPowerPercentagesAndPhoneNumbersAreNotMoney() {
        String dollars = "微软投资了100亿美元,谷歌投资了200亿美元。";
        for (String notMoney : new String[]{"购买了10万块GPU", "指数站上3.9万点", "装机容量500兆瓦", "占比82%",
                "QQ号码123456789", "联系电话13812345678", "中国有14亿人口", "拥有1.5亿用户", "2024年"}) {
            assertTrue(find(notMoney, "zh-Hans").isEmpty(), notMoney);
            List<AmountMention> inDollarArticle = find(dollars + notMoney, "zh-Hans");
            assertEquals(2, inDollarArticle.size(), () -> notMoney + " became money: " + inDollarArticle);
        }
        assertTrue(find("tạo ra 300 triệu việc làm", "vi").isEmpty());
    }

    @Test
    void zhaoIsATrillionAsMoney() {
        AmountMention m = one("AI企业每年需创造2兆美元营收", "zh-Hans");
        assertValue("2e12", m.value());
        assertEquals("year", m.period());
    }

    @Test
    void chineseNumeralsAndScales() {
        assertValue("5e9", one("五十亿美元", "zh-Hans").value());
        assertValue("23000000", one("两千三百万元", "zh-Hans").value());
        assertValue("120", one("壹佰贰拾元", "zh-Hans").value());
        assertValue("1e11", one("巨头们愿意参与这场千亿美金豪赌", "zh-Hans").value());
        assertValue("4.78e12", one("4.78萬億日元", "zh-Hant").value());
        assertValue("3e7", one("3千万元", "zh-Hans").value());
        assertValue("3e7", one("每月可能至少損失 3000 萬美元", "zh-Hant").value());
        assertValue("49959200000000", one("为四十九兆九千五百九十二億元", "zh-Hant").value());
    }

    @Test
    void vagueAmountsHaveNoValue() {
        AmountMention zh = one("砸下数十亿美元只为", "zh-Hans");
        assertTrue(zh.vague());
        assertNull(zh.value());
        assertEquals(Qualifier.APPROX, zh.qualifier());
        assertEquals("USD ~1e9 (vague)", zh.normalized());
        assertEquals("USD ~1e14 (vague)", one("能支撐這樣乙個幾百萬億美元的故事嗎", "zh-Hant").normalized());
        assertTrue(one("chi hàng tỷ USD chỉ để", "vi").vague());
        assertTrue(one("Câu hỏi tỷ đô la?", "vi").vague());
        assertEquals("VND ~1e7 (vague)", one("mất hàng chục triệu đồng", "vi").normalized());
    }

    @Test
    void qualifiersAndPeriodsStayOutsideTheSpan() {
        AmountMention m = one("全球生成式AI的投资额高达291亿美元。", "zh-Hans");
        assertEquals("291亿美元", m.text());
        assertEquals(Qualifier.UP_TO, m.qualifier());
        assertEquals(Qualifier.UNDER, one("市值在去年增长了近5万亿美元。", "zh-Hans").qualifier());
        assertEquals(Qualifier.OVER, one("投资将逾越1万亿美元", "zh-Hans").qualifier());
        assertEquals(Qualifier.AT_LEAST, one("超过70轮1亿美元或以上的资金", "zh-Hans").qualifier());
        assertEquals(Qualifier.APPROX, one("總收入約為16億美元", "zh-Hant").qualifier());
        assertNull(one("最近5亿美元的交易", "zh-Hans").qualifier());
        assertEquals("quarter", one("谷歌每个季度在AI上投资120亿美元", "zh-Hans").period());
        AmountMention vi = one("các công ty lớn sẽ chi 60 tỷ USD mỗi năm", "vi");
        assertEquals("year", vi.period());
        assertEquals(Qualifier.APPROX, one("tạo ra khoảng 20 tỷ USD", "vi").qualifier());
        assertNull(one("每A100小时约1美元", "zh-Hans").period());
    }

    @Test
    void currencyInferredOnlyNearMoneyWordsInASingleCurrencyArticle() {
        String article = "291亿投资拉动5万亿财富增长\n全球生成式AI的投资额高达291亿美元。市值增长了近5万亿美元。"
                + "自打向OpenAI投资100亿后,微软股价就开始上涨。中国有14亿人口。亚马逊追加27.5亿美元,总投资达40亿美元。";
        List<AmountMention> found = find(article, "zh-Hans");
        assertEquals(List.of("291亿", "5万亿", "291亿美元", "5万亿美元", "100亿", "27.5亿美元", "40亿美元"),
                found.stream().map(AmountMention::text).toList());
        assertTrue(found.get(0).currencyInferred());
        assertFalse(found.get(2).currencyInferred());
        assertEquals("USD", found.get(4).currency());
        assertTrue(find("291亿投资拉动5万亿财富增长", "zh-Hans").isEmpty(), "no article currency to infer from");
        String mostlyBare = "利润为273亿,营收超546亿,净利润为231亿。发行300亿美元债券,另有250亿美元。";
        assertEquals(2, find(mostlyBare, "zh-Hans").size(), "more bare amounts than written ones: no inference");
    }

    @Test
    void traditionalYuanIsTaiwanDollarOnlyWhereTheArticleSaysSo() {
        assertEquals("CNY", one("售價為300元", "zh-Hant").currency());
        assertEquals("TWD", one("以新台幣計價,售價為300元", "zh-Hant").currency());
    }

    @Test
    void aMinusSignBeforeAnAmountKeepsItButARangeDashDoesNot() {
        AmountMention m = one("归属于上市公司股东的净利润-20,759,975.26元，较上年同期", "zh-Hans");
        assertEquals("-20,759,975.26元", m.text());
        assertValue("-20759975.26", m.value());
        assertValue("-0.16", one("基本每股收益为-0.16元/股。", "zh-Hans").value());
        assertValue("-229000", one("去年同期毛利润为负22.9万美元；", "zh-Hans").value());
        AmountMention range = one("价格区间在5.2-5.3元/片，", "zh-Hans");
        assertValue("5.2", range.low());
        assertValue("5.3", range.high());
        assertTrue(find("民众金融科技(0.155,-0.00,-1.90%)持股近8%", "zh-Hans").isEmpty(), "a quote's change is no amount");
        assertValue("20", one("要闻\n- 20元起", "zh-Hans").value());
    }

    @Test
    void twoAdjacentDigitsAreARoughRange() {
        AmountMention m = one("平均年賺2、30萬元供4口之家生活", "zh-Hant");
        assertEquals("2、30萬元", m.text());
        assertValue("200000", m.low());
        assertValue("300000", m.high());
        assertValue("5000", one("每月最多賺5、6千元，", "zh-Hant").low());
        assertValue("7000", one("每月約賺6、7000多元，", "zh-Hant").high());
        assertValue("3e6", one("损失了三四百万元", "zh-Hans").low());
        assertValue("3000", one("每月3至4000元的房租", "zh-Hant").low());
        assertEquals(List.of("7、8000元"), find("她每月可掙7、8000元分擔家計", "zh-Hant").stream().map(AmountMention::text).toList());
        List<AmountMention> numbered = find("須知\n3、40萬元以下免稅", "zh-Hant");
        assertEquals(1, numbered.size());
        assertValue("400000", numbered.get(0).value());
        assertEquals(3, find("2.4亿、7.5亿和15.5亿美元", "zh-Hans").size(), "a list opening a line still shares");
    }

    @Test
    void aScaleWordWithoutANumberIsARoundAmount() {
        AmountMention m = one("醫費月花上萬元 孝女打工助家計", "zh-Hant");
        assertEquals("萬元", m.text());
        assertValue("10000", m.value());
        assertEquals(Qualifier.OVER, m.qualifier());
        assertEquals("萬元", one("女兒月賺萬元補貼", "zh-Hant").text());
        assertNull(one("女兒月賺萬元補貼", "zh-Hant").qualifier());
        assertTrue(one("损失数万元", "zh-Hans").vague());
        assertTrue(find("Biểu đồ: đơn vị tính \"tỷ USD\".", "vi").isEmpty(), "a chart's unit is no amount");
    }

    @Test
    void aUnitWrittenOnceAtTheEndOfAListScalesEveryItem() {
        List<AmountMention> found = find("Q1-Q4季度含税均价分别为21.8、19.3、19、17万元/吨。", "zh-Hans");
        assertEquals(List.of("218000", "193000", "190000", "170000"),
                found.stream().map(x -> x.value().stripTrailingZeros().toPlainString()).toList());
    }

    @Test
    void vietnameseMoneyOfAPurposeAndRangesWithChoDen() {
        AmountMention m = one("“Tôi đóng 1,2 triệu đồng tiền ống dẫn nước, nhưng", "vi");
        assertEquals("1,2 triệu đồng", m.text());
        assertValue("1200000", m.value());
        assertTrue(find("hai đồng tiền xu", "vi").isEmpty(), "without a scale word, đồng tiền is a coin");
        AmountMention range = one("dao động trong khoảng 316 cho đến 380 triệu đồng, còn", "vi");
        assertValue("316000000", range.low());
        assertValue("380000000", range.high());
    }

    @Test
    void goldQuotesWithoutTheirUnitAreMillionDongInAGoldPriceSentence() {
        List<AmountMention> found = find("Công ty SJC niêm yết mua - bán ở mức 36,6-37,4, giảm 600.000 đồng/lượng ở chiều mua", "vi");
        assertEquals(List.of("36,6-37,4", "600.000 đồng"), found.stream().map(AmountMention::text).toList());
        AmountMention m = found.get(0);
        assertEquals("36,6-37,4", m.text());
        assertValue("36600000", m.low());
        assertValue("37400000", m.high());
        assertEquals("VND", m.currency());
        assertTrue(find("Giá vàng hôm nay 20.6: Đánh mất đà tăng", "vi").isEmpty(), "20.6 is a date");
        assertTrue(find("Chỉ số VN-Index giảm còn 36,6 điểm", "vi").isEmpty(), "no gold price in the sentence");
    }

    @Test
    void listMarkersAndIdiomsAreNoAmounts() {
        assertTrue(find("① 欧元兑美元周四触及三周高位", "zh-Hans").isEmpty());
        assertTrue(find("TP HCM là một đô thị đặc biệt", "vi").isEmpty());
    }

    @Test
    void anAmountAfterAVerbOfMoneyTakesTheArticlesCurrency() {
        List<AmountMention> found = find("他年輕時做粗工月賺3萬多養家，房租8000元，藥費5000元，借了2本書。", "zh-Hant");
        assertEquals(List.of("3萬", "8000元", "5000元"), found.stream().map(AmountMention::text).toList());
        assertTrue(found.get(0).currencyInferred());
        assertValue("30000", found.get(0).value());
    }

    @Test
    void theArticlesEvidenceDecidesTheCurrencyOfABareYuan() {
        String taiwan = "每月花2萬元\n阿民說，醫藥費每月2萬元，故轉介蘋果慈善基金會，基金會訪視後已撥款。";
        assertEquals(List.of("TWD", "TWD"), find(taiwan, "zh-Hant").stream().map(AmountMention::currency).toList());
        assertEquals("HKD", find("旺角一間餐廳月租8萬元，香港業主稱", "zh-Hant").get(0).currency());
        assertEquals("CNY", one("台湾地区的订单金额达300万元", "zh-Hans").currency(), "one mention of 台湾 in mainland text");
        assertEquals("CNY", one("人民幣22.5億元，台北報導", "zh-Hant").currency(), "a written currency names its 元");
        String simplifiedTaiwanese = "台北报道 以新台币计价\n售价为300元，收入捐给苹果基金会。";
        LocalCurrency decided = R.localCurrency(TextNormalizer.nfkc(simplifiedTaiwanese), Language.ZH_HANS);
        assertEquals("TWD", decided.currency(), decided.explanation());
        assertEquals(List.of("台北", "新台币", "苹果基金会"), decided.evidence().stream().map(LocalCurrency.Cue::word).toList(),
                "cue words are listed in either script as the text writes them");
        assertEquals("TWD", one("摺紙袋每個2角，台北報導", "zh-Hant").currency());
    }

    @Test
    void theDecisionShowsItsEvidenceOnRealArticles() throws IOException {
        LocalCurrency taiwan = localCurrencyOf("../shared/news-sample/n118.txt", "zh-Hant");
        assertEquals("TWD", taiwan.currency());
        assertTrue(taiwan.evidence().stream().anyMatch(c -> c.word().equals("蘋果基金會") && c.kind().equals("outlet")),
                taiwan.explanation());
        LocalCurrency mainland = localCurrencyOf("../shared/news-sample/n499.txt", "zh-Hans");
        assertEquals("CNY", mainland.currency(), "mainland news on a Hong Kong listing: " + mainland.explanation());
        assertTrue(mainland.explanation().contains("港元 currency in head +3 for HKD"), mainland.explanation());
    }

    private static LocalCurrency localCurrencyOf(String file, String lang) throws IOException {
        return R.localCurrency(TextNormalizer.nfkc(Files.readString(Path.of(file))), Language.fromTag(lang));
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "投资了　１０亿美元";
        AmountMention m = one(text, "zh-Hans");
        assertEquals("１０亿美元", m.text());
        assertEquals(text.indexOf("１"), m.start());
        assertEquals(text.length(), m.end());
    }

    @Test
    void coinsAndSmallAmounts() {
        assertValue("5.3", one("这个手机壳五元三毛", "zh-Hans").value());
        assertValue("2.5", one("hai đô rưỡi", "vi").value());
        assertValue("2.23", one("2 đô 23 xu", "vi").value());
        assertValue("1.5e6", one("1tr5 vnd", "vi").value());
        assertEquals("EUR", one("20 euros", "vi").currency());
        assertEquals("JPY", one("10¥", "vi").currency());
        assertEquals("CNY", one("￥300", "zh-Hans").currency());
    }

    @Test
    void aBadLexiconNamesTheFile(@TempDir Path dir) throws IOException {
        Path money = Files.createDirectories(dir.resolve("money"));
        try (var files = Files.list(Path.of("models/money"))) {
            for (Path f : files.toList()) {
                Files.copy(f, money.resolve(f.getFileName()));
            }
        }
        Files.writeString(money.resolve("qualifiers.tsv"), "约\tsomewhat\tpre\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MoneyRecognizer.load(Models.read(dir)));
        assertTrue(e.getMessage().contains("qualifiers.tsv"), e.getMessage());
        Files.copy(Path.of("models/money/qualifiers.tsv"), money.resolve("qualifiers.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(money.resolve("locale-cues.tsv"), "台北\tTWD\tcity\n");
        e = assertThrows(IllegalStateException.class, () -> MoneyRecognizer.load(Models.read(dir)));
        assertTrue(e.getMessage().contains("locale-cues.tsv") && e.getMessage().contains("city"), e.getMessage());
    }
}
