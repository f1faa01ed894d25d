package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The seed articles and their re-encoded, re-formatted fixtures, read with real Tika and ICU. */
class ArticleReaderTest {

    private static final ArticleReader READER = STAGES.reader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000_0c0986e9bb383d28.txt | zh-Hans | 2024-07-28 | ChatGPT问世600天AI遭遇梦醒时分 (chatgpt)",
        "001_78688a10d7b2755c.txt | vi      | 2024-07-29 | ChatGPT ra đời 600 ngày, AI đối mặt với thời khắc tỉnh giấc.",
        "002_b6c9298f0427f3c7.txt | zh-Hant | 2024-02-25 | 美股屢創歷史新高,AI熱潮背後是一場令人震驚的豪賭",
        "003_3fd00ecdb690494d.txt | zh-Hans | 2024-04-10 | 291亿投资拉动5万亿财富增长,大模型的泡沫来了?",
        "004_5d0dcbae05c0383e.txt | zh-Hans | 2025-11-12 | 生成式AI何时爆雷"})
    void seedsHaveLanguageDateAndTitle(String file, String lang, String date, String title) throws Exception {
        Article a = READER.read(Path.of("corpus", file));
        assertEquals(lang, a.language().tag());
        assertEquals(LocalDate.parse(date), a.date());
        assertEquals(title, a.title());
        assertEquals("text/plain", a.mediaType());
        assertEquals(Files.readString(Path.of("corpus", file)), a.text(), "the original text is kept exactly");
    }

    @Test
    void aMonthDayBylineTakesItsYearFromTheTimeTheTextSaysHasPassed() throws Exception {
        // "07-29" with no year; the text gives 30/11/2022 and then says more than 600 days have passed
        Article a = READER.read(Path.of("corpus/001_78688a10d7b2755c.txt"));
        assertEquals(LocalDate.parse("2024-07-29"), a.date());
        assertTrue(a.dateInferred());
        assertFalse(READER.read(Path.of("corpus/000_0c0986e9bb383d28.txt")).dateInferred());
    }

    @Test
    void theHeadlineIsTheFirstLongHeadLineNotALongerLedeAfterIt() throws Exception {
        Article a = READER.read(Path.of("../shared/news-sample/n217.txt"));
        assertEquals("New York sẽ chi 32 triệu USD cho cuộc chiến với chuột", a.title());
        assertTrue(a.inBody(16, 28), "the headline is read for claims");
        assertTrue(a.bodyText().contains("Chính quyền thành phố New York thông báo kế hoạch"), "the lede stays in the body");
    }

    @Test
    void chromeIsNotInTheBody() throws Exception {
        String body000 = READER.read(Path.of("corpus/000_0c0986e9bb383d28.txt")).bodyText();
        for (String chrome : List.of("本站出售", "QQ:503594296", "阅读数", "版权声明", "未经许可", "热门")) {
            assertFalse(body000.contains(chrome), "000 body holds chrome: " + chrome);
        }
        assertTrue(body000.contains("据The Information日前征引相关数据及剖析称"));
        assertTrue(body000.contains("人类的技术提高史,也是一场势力争夺史。"), "the last paragraph stays");

        String body004 = READER.read(Path.of("corpus/004_5d0dcbae05c0383e.txt")).bodyText();
        for (String chrome : List.of("找回密码", "立即注册", "QQ登录", "热搜", "查看: 79", "复制链接", "超级版主", "Rank:",
                "发表于", "使用道具", "举报", "您需要登录后", "ICP备", "GMT+8", "Powered by Discuz", "返回顶部")) {
            assertFalse(body004.contains(chrome), "004 body holds chrome: " + chrome);
        }
        assertTrue(body004.contains("美企更难回收庞大投资"), "the last paragraph stays");
    }

    @Test
    void relatedListsAfterTheArticleAreChrome() throws Exception {
        String body003 = READER.read(Path.of("corpus/003_3fd00ecdb690494d.txt")).bodyText();
        assertFalse(body003.contains("近期热点"));
        assertFalse(body003.contains("辛选盯上了切片分销"));
        assertTrue(body003.startsWith("291亿投资拉动5万亿财富增长"), "the headline opens the body");
        String body002 = READER.read(Path.of("corpus/002_b6c9298f0427f3c7.txt")).bodyText();
        assertFalse(body002.contains("相關問題答案"));
        assertFalse(body002.contains("理察 伯恩斯坦"));
    }

    /** One row of {@code fixtures/manifest.tsv}: a seed in another format or encoding, and what it is. */
    record Fixture(String file, String seed, String format, String mediaType, String charset) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** The fixtures as the test class path holds them (wherever the tests run from). */
    static final Path FIXTURES = fixturesDir();

    private static Path fixturesDir() {
        try {
            return Path.of(ArticleReaderTest.class.getResource("/fixtures/manifest.tsv").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Fixture> fixtures() throws Exception {
        return Files.readAllLines(FIXTURES.resolve("manifest.tsv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                .map(r -> new Fixture(r[0], r[1], r[2], r[3], r[4])).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFormatGivesTheSeedsBody(Fixture f) throws Exception {
        Article fixture = READER.read(FIXTURES.resolve(f.file()));
        Article seed = READER.read(Path.of("corpus", f.seed()));
        assertEquals(squeeze(seed.bodyText()), squeeze(fixture.bodyText()), f.file() + " body differs from " + f.seed());
        assertEquals(seed.docId(), fixture.docId());
        assertEquals(seed.language(), fixture.language());
        assertEquals(seed.title(), fixture.title());
        assertEquals(seed.date(), fixture.date());
        assertEquals(f.mediaType(), fixture.mediaType());
        // the decoder's own choice: windows-1258, which Tika's detector takes for windows-1252, is read right
        assertEquals(f.charset().isEmpty() ? null : f.charset(), fixture.charset(), f.file() + "'s encoding");
    }

    @Test
    void theManifestListsEveryFixture() throws Exception {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> !Set.of("README.md", "manifest.tsv", "generate.sh").contains(n)).collect(Collectors.toSet());
        }
        assertEquals(onDisk, fixtures().stream().map(Fixture::file).collect(Collectors.toSet()));
    }

    @Test
    void htmlChromeWithMoneyIsDropped() throws Exception {
        for (Fixture f : fixtures()) {
            if (!f.format().equals("html")) {
                continue;
            }
            String related = f.file().startsWith("001") ? "huy động 1 tỷ USD" : "某公司融资10亿美元";
            assertTrue(Files.readString(FIXTURES.resolve(f.file())).contains(related), f.file() + " has money in its related list");
            Article html = READER.read(FIXTURES.resolve(f.file()));
            assertFalse(html.text().contains(related), f.file() + ": the related-article aside is not extracted");
            assertFalse(squeeze(html.bodyText()).isEmpty());
        }
    }

    /** Composed, without white space: PDF line wrapping and legacy Vietnamese combining marks aside, the same text. */
    private static String squeeze(String s) {
        return com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(s).replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
