package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.Span;

class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.load(Path.of("models"));
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
        assertEquals("loss", c.metric());
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
        assertEquals("spending", newParagraph.metric());
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
        assertEquals("market_cap", said.metric());
        Claim reported = claim(extract("有报道称，该公司每天的运营成本高达70万美元。", Language.ZH_HANS), "70万美元");
        assertEquals("报道", reported.attribution().source());
        assertEquals("report", reported.attribution().sourceType());
        assertEquals("cost", reported.metric());
    }

    @Test
    void traditionalChineseIsReadThroughSimplifiedRules() {
        Claim c = claim(extract("據路透社報道，蘋果公司去年營收達3800億美元。", Language.ZH_HANT), "3800億美元");
        assertEquals("路透社", c.attribution().source());
        assertEquals("蘋果公司", c.subject());
        assertEquals("revenue", c.metric());
        assertEquals(2023, c.year());
    }

    @Test
    void theoXInVietnamese() {
        Claim c = claim(extract("Theo Reuters, Tesla có thể lỗ 2 tỷ USD trong năm nay.", Language.VI), "2 tỷ USD");
        assertEquals("Reuters", c.attribution().source());
        assertEquals("media", c.attribution().sourceType());
        assertEquals("explicit", c.attribution().scope());
        assertEquals("Tesla", c.subject());
        assertEquals("loss", c.metric());
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
        assertEquals("revenue", c.metric());
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
    void spunSynonymsAreReadAsTheirOriginalOnlyInSpunArticles() {
        String spun = "剖析师以为，什么时辰才干末尾盈利还不清楚。谷歌往年盈余20亿美元。";
        Claim c = claim(extract(spun, Language.ZH_HANS), "20亿美元");
        assertEquals("loss", c.metric());
        assertEquals(2024, c.year());
        assertEquals("20亿美元", c.amount().text());
        Claim honest = claim(extract("谷歌往年盈余20亿美元。", Language.ZH_HANS), "20亿美元");
        assertEquals("profit", honest.metric());
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
        assertEquals("profit", c.metric());
        assertEquals("腾讯", c.subject());
    }
}
