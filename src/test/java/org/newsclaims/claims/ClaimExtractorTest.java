package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.MODELS;
import static org.newsclaims.TestStages.STAGES;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.Span;

class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = STAGES.claims();
    private static final LocalDate DATE = LocalDate.of(2024, 7, 28);

    private static Article article(String text, Language lang, List<Span> body) {
        return new Article("doc1", null, "text/plain", "UTF-8", text, body, null, DATE, lang);
    }

    private static List<Claim> extract(String text, Language lang) {
        return EXTRACTOR.extract(article(text, lang, List.of(new Span(0, text.length()))));
    }

    private static Claim claim(List<Claim> claims, String mention) {
        return claims.stream().filter(c -> c.amount().text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError(mention + " not found in " + claims));
    }

    @Test
    void juXChengNamesAnExplicitSource() {
        Claim c = claim(extract("据彭博社日前报道称，OpenAI今年可能亏损30亿美元。", Language.ZH_HANS), "30亿美元");
        assertEquals("彭博社", c.attribution().source());
        assertEquals("media", c.attribution().sourceType());
        assertEquals("explicit", c.attribution().scope());
        assertEquals("OpenAI", c.subject());
        assertEquals(Metric.LOSS, c.metric());
        assertEquals(2024, c.year());
        assertTrue(c.hedged());
    }

    @Test
    void attributionIsInheritedByTheNextSentenceOfTheParagraphOnly() {
        List<Claim> cs = extract("据彭博社报道称，亚马逊今年的投资将达到80亿美元。亚马逊去年的投资为60亿美元。\n"
                + "特斯拉本季度资本支出达6亿美元。", Language.ZH_HANS);
        Claim next = claim(cs, "60亿美元");
        assertEquals("彭博社", next.attribution().source());
        assertEquals("inherited", next.attribution().scope());
        assertEquals(2023, next.year());
        Claim newParagraph = claim(cs, "6亿美元");
        assertNull(newParagraph.attribution().source());
        assertEquals("特斯拉", newParagraph.subject());
        assertEquals(Metric.SPENDING, newParagraph.metric());
    }

    @Test
    void theAuthorsOwnInferenceBreaksInheritance() {
        List<Claim> cs = extract("根据高盛的数据，微软去年投入了100亿美元。这意味着，未来几年至少还需要500亿美元。", Language.ZH_HANS);
        assertEquals("高盛", claim(cs, "100亿美元").attribution().source());
        assertNull(claim(cs, "500亿美元").attribution().source());
    }

    @Test
    void speechVerbAfterTheSourceAndFixedSourceCues() {
        Claim said = claim(extract("摩根大通分析师表示，英伟达的市值将超过3万亿美元。", Language.ZH_HANS), "3万亿美元");
        assertEquals("摩根大通分析师", said.attribution().source());
        assertEquals("person", said.attribution().sourceType());
        assertEquals("英伟达", said.subject());
        assertEquals(Metric.MARKET_CAP, said.metric());
        Claim reported = claim(extract("有报道称，该公司每天的运营成本高达70万美元。", Language.ZH_HANS), "70万美元");
        assertEquals("报道", reported.attribution().source());
        assertEquals("report", reported.attribution().sourceType());
        assertEquals(Metric.COST, reported.metric());
    }

    @Test
    void traditionalChineseIsReadThroughSimplifiedRules() {
        Claim c = claim(extract("據路透社報道，蘋果公司去年營收達3800億美元。", Language.ZH_HANT), "3800億美元");
        assertEquals("路透社", c.attribution().source());
        assertEquals("蘋果公司", c.subject());
        assertEquals(Metric.REVENUE, c.metric());
        assertEquals(2023, c.year());
    }

    @Test
    void theoXInVietnamese() {
        Claim c = claim(extract("Theo Reuters, Tesla có thể lỗ 2 tỷ USD trong năm nay.", Language.VI), "2 tỷ USD");
        assertEquals("Reuters", c.attribution().source());
        assertEquals("media", c.attribution().sourceType());
        assertEquals("explicit", c.attribution().scope());
        assertEquals("Tesla", c.subject());
        assertEquals(Metric.LOSS, c.metric());
        assertEquals("trong năm nay", c.time());
        assertEquals(2024, c.year());
        assertTrue(c.hedged());
    }

    @Test
    void vietnameseSpeakerBeforeCueVerbAndPossessorSubject() {
        Claim c = claim(extract("Ông Nguyễn Văn An cho biết doanh thu của Vingroup năm ngoái đạt 5 tỷ USD.", Language.VI), "5 tỷ USD");
        assertTrue(c.attribution().source().contains("Nguyễn Văn An"), c.attribution().toString());
        assertEquals("person", c.attribution().sourceType());
        assertEquals("Vingroup", c.subject());
        assertEquals(Metric.REVENUE, c.metric());
        assertEquals(2023, c.year());
        assertFalse(c.hedged());
    }

    @Test
    void timeResolvesAgainstThePublicationDateAndHedgesAreMarked() {
        List<Claim> cs = extract("微软去年营收为2000亿美元。明年微软营收预计将达到3000亿美元。到2026年，其营收将超过4000亿美元。", Language.ZH_HANS);
        Claim last = claim(cs, "2000亿美元");
        assertEquals("去年", last.time());
        assertEquals(2023, last.year());
        assertFalse(last.hedged());
        Claim next = claim(cs, "3000亿美元");
        assertEquals(2025, next.year());
        assertTrue(next.hedged());
        Claim written = claim(cs, "4000亿美元");
        assertEquals("到2026年", written.time());
        assertEquals(2026, written.year());
        assertEquals("微软", written.subject());
    }

    @Test
    void aFoundingDatesNoLaterAmountAndThePriorPeriodIsItsOwnTime() {
        Claim capital = claim(extract("该平台成立于2014年10月，注册资本1亿元。", Language.ZH_HANS), "1亿元");
        assertNull(capital.time());
        Claim atFounding = claim(extract("该信托成立于2017年8月29日，成立规模2880万元。", Language.ZH_HANS), "2880万元");
        assertEquals(2017, atFounding.year());
        List<Claim> report = extract("2020年第一季度，公司净利润-2,075万元，较上年同期784万元，由盈转亏；营业收入较上年同期增长5%，达6,024万元。",
                Language.ZH_HANS);
        assertEquals("上年同期", claim(report, "784万元").time());
        assertNull(claim(report, "784万元").year());
        assertEquals(2020, claim(report, "6,024万元").year());
    }

    @Test
    void aNameTheHeadlineRepeatsIsANameWhereCoreNlpDoesNotKnowIt() {
        String text = "聚财猫爆雷 待收资金超10亿\n"
                + "据报道，聚财猫的待收资金就达11.44亿元。公开资料显示，聚财猫创建于2014年，该平台实缴1250万元。"
                + "业内人士认为，聚财猫的累计成交规模也比较大。";
        List<Claim> claims = extract(text, Language.ZH_HANS);
        assertEquals("聚财猫", claim(claims, "11.44亿元").subject());
        assertEquals("聚财猫", claim(claims, "1250万元").subject());
    }

    @Test
    void aPhraseOfTheHeadlineThatIsNoNameStaysNone() {
        String text = "市场回暖 待收资金超10亿\n"
                + "据统计，待收资金达11.44亿元，待收资金规模也比较大，各平台的待收资金均有上升。";
        assertEquals(Set.of(), TitleNames.of(Fold.fold(text), Rules.load(MODELS).lang("zh"), STAGES.annotator()));
    }

    @Test
    void spunSynonymsAreReadAsTheirOriginalOnlyInSpunArticles() {
        String spun = "剖析师以为，什么时辰才干末尾盈利还不清楚。谷歌往年盈余20亿美元。";
        Claim c = claim(extract(spun, Language.ZH_HANS), "20亿美元");
        assertEquals(Metric.LOSS, c.metric());
        assertEquals(2024, c.year());
        assertEquals("20亿美元", c.amount().text());
        Claim honest = claim(extract("谷歌往年盈余20亿美元。", Language.ZH_HANS), "20亿美元");
        assertEquals(Metric.PROFIT, honest.metric());
        assertNull(honest.year());
    }

    @Test
    void claimsCarryIdsAndOriginalOffsetsAndOnlyComeFromTheBody() {
        String text = "广告：会员仅需99元。\n腾讯去年净利润达到1200亿元。";
        int bodyStart = text.indexOf('\n') + 1;
        List<Claim> cs = EXTRACTOR.extract(article(text, Language.ZH_HANS, List.of(new Span(bodyStart, text.length()))));
        assertEquals(1, cs.size(), cs.toString());
        Claim c = cs.get(0);
        assertEquals("doc1:" + c.amount().start() + "-" + c.amount().end(), c.claimId());
        assertEquals(c.sentence(), text.substring(c.sentenceStart(), c.sentenceEnd()));
        assertEquals(Metric.PROFIT, c.metric());
        assertEquals("腾讯", c.subject());
    }

    @Test
    void amountsListedAfterFenbieGoToTheNamesListedBeforeIt() {
        List<Claim> cs = extract("戴云虎、陆晓英、宋志栋作为金泰莱原股东及业绩补偿义务人，分别应补偿3.08亿元、2.53亿元和1375.62万元。",
                Language.ZH_HANS);
        assertEquals("戴云虎", claim(cs, "3.08亿元").subject());
        assertEquals("陆晓英", claim(cs, "2.53亿元").subject());
        assertEquals("宋志栋", claim(cs, "1375.62万元").subject());
    }

    @Test
    void anAnnouncementIsAttributedToItsIssuerWhoIsAlsoItsSubject() {
        Claim forecast = claim(extract("德力股份公告，预计2021年实现归属于上市公司股东的净利润800万元-1200万元，同比增长55.51%-133.27%。",
                Language.ZH_HANS), "800万元-1200万元");
        assertEquals("德力股份", forecast.attribution().source());
        assertEquals("德力股份", forecast.subject());
        assertEquals(Metric.PROFIT, forecast.metric());
        List<Claim> report = extract("友邦吊顶（002718）发布2020年第一季度报告：本报告期营业收入60,239,798.19元，同比减少46.65%。"
                + "公告显示，本报告期末总资产为366,325,461.59元。", Language.ZH_HANS);
        assertTrue(claim(report, "60,239,798.19元").attribution().source().startsWith("友邦吊顶"));
        assertEquals(Metric.REVENUE, claim(report, "60,239,798.19元").metric());
        assertTrue(claim(report, "366,325,461.59元").attribution().source().startsWith("友邦吊顶"));
        assertEquals(Metric.OTHER, claim(report, "366,325,461.59元").metric());
    }

    @Test
    void aUnitAfterTheAmountMakesAPriceButAPeriodDoesNot() {
        assertEquals(Metric.PRICE, claim(extract("预计今年多晶硅的成交区间在18-20万元/吨。", Language.ZH_HANS), "18-20万元").metric());
        assertEquals(Metric.PROFIT, claim(extract("基本每股收益为-0.16元/股。", Language.ZH_HANS), "-0.16元").metric());
        assertEquals(Metric.REVENUE, claim(extract("他在工地打零工，月薪3000元/月。", Language.ZH_HANS), "3000元").metric());
    }

    @Test
    void householdMoneyInTaiwaneseReporting() {
        List<Claim> cs = extract("阿瑞說，老婆罹癌後，已向人周轉10多萬元。\n醫院社工說，目前一家生活僅靠低收補助每月1萬5500元生活，但房租就需5500元。",
                Language.ZH_HANT);
        Claim borrowed = claim(cs, "10多萬元");
        assertEquals(Metric.DEBT, borrowed.metric());
        assertEquals("阿瑞", borrowed.attribution().source());
        assertEquals("阿瑞", borrowed.subject(), "a speaker who names no other subject speaks about himself");
        assertEquals(Metric.FUNDING, claim(cs, "1萬5500元").metric());
        assertEquals(Metric.COST, claim(cs, "5500元").metric());
        Claim total = claim(extract("吳全靈說，顧攤時間減少，每月收入加上子女低收補助共約2萬5000元，扣除租金1萬8000元後不敷開銷。", Language.ZH_HANT),
                "2萬5000元");
        assertEquals(Metric.REVENUE, total.metric(), "a total is of what the adding starts from (收入), not of the last item (補助)");
    }

    @Test
    void aCreditClosingTheItemAttributesItsUnattributedClaims() {
        List<Claim> cs = extract("黄金ETF获资金流入\n全球最大黄金ETF在1月21日一天就获得了16.3亿美元的资金。\n该产品的规模创下新高。（中国基金报）\n",
                Language.ZH_HANS);
        Claim c = claim(cs, "16.3亿美元");
        assertEquals("中国基金报", c.attribution().source());
        assertEquals("inherited", c.attribution().scope());
        Claim byline = claim(extract("标题\n某公司去年投资了20亿美元。（记者 张三）\n", Language.ZH_HANS), "20亿美元");
        assertNull(byline.attribution().source());
    }

    @Test
    void taiwaneseFamilyMoneyGoesToTheGroupTheGoodsAndTheRecipient() {
        assertEquals("兩人", claim(extract("「小閔在加油站，小苹在果汁攤，兩人沒向家裡伸手要錢，偶爾還拿2、3000元給我們。」", Language.ZH_HANT),
                "2、3000元").subject());
        assertEquals("我們4人", claim(extract("潘松說：「只能在家做代工，我們4人一起做，一整天大概可以賺1000元。」", Language.ZH_HANT),
                "1000元").subject());
        assertEquals("魚", claim(extract("太太阿青說：「青菜都是自己種的，魚都挑收市時去買，1尾10元，盡量省。」", Language.ZH_HANT),
                "10元").subject());
        assertEquals("紙套袋", claim(extract("老闆會把取下的紙套袋送來整理加工，鋪平綑綁一張算2角。", Language.ZH_HANT), "2角").subject());
        assertEquals("木臼", claim(extract("角落擺了3個手工木臼半成品，那3個木臼是他病前製作，完工後可賣1萬多元。", Language.ZH_HANT),
                "1萬多元").subject());
        assertNull(claim(extract("阿根伯58歲太太阿秀姨說，陽光基金會自7月起，每月補助約5千元營養品。", Language.ZH_HANT), "5千元").subject(),
                "a foundation that gives an allowance is not whose it is");
    }

    @Test
    void pronounsAndKinshipWordsStandForThePeopleTheArticleNames() {
        Claim borrowed = claim(extract("黃松田又說，病前他做社區保全，34歲妻阿娜照料他及幼女，每月掙約8000元，他已跟好友借約6萬元救急。",
                Language.ZH_HANT), "6萬元");
        assertEquals("黃松田", borrowed.subject(), "他 is not the wife named before it");
        Claim allowance = claim(extract("阿根伯因37歲的兒子阿宇罹口腔癌，心力交瘁。阿根伯家現僅靠兒子身障補助4700元。", Language.ZH_HANT), "4700元");
        assertEquals("阿宇", allowance.subject());
        List<Claim> cs = extract("女兒月賺萬元補貼\n阿根伯29歲小女兒阿婷說：「我在外工作薪水雖僅1萬多元，已盡力每月給爸媽8、9千元。」",
                Language.ZH_HANT);
        assertEquals("阿婷", claim(cs, "萬元").subject(), "a sub-heading's 女兒 is the daughter the paragraph names");
        assertEquals("小安", claim(extract("讀大三的長子小安在外地租屋求學，利用課餘打工，「但每月約賺6、7000多元，支應自己生活費。」",
                Language.ZH_HANT), "6、7000多元").subject());
    }
}
