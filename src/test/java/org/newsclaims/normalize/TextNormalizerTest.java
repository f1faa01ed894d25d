package org.newsclaims.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.newsclaims.TestStages.STAGES;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclaims.ingest.ArticleReader;

/** The table-driven Traditional-Simplified and diacritic folding give what the ICU transliterators give. */
class TextNormalizerTest {

    private static final Transliterator HANT_TO_HANS = Transliterator.getInstance("Traditional-Simplified");
    private static final Transliterator STRIP_MARKS =
            Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");

    private static String icuSimplified(String s) {
        return HANT_TO_HANS.transliterate(s);
    }

    private static String icuFolded(String s) {
        return STRIP_MARKS.transliterate(s).replace('đ', 'd').replace('Đ', 'D');
    }

    private static void assertSameAsIcu(String s) {
        assertEquals(icuSimplified(s), TextNormalizer.toSimplified(s), () -> "toSimplified: " + escape(s));
        assertEquals(icuFolded(s), TextNormalizer.foldDiacritics(s), () -> "foldDiacritics: " + escape(s));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().limit(60).forEach(c -> b.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.toString();
    }

    @Test
    void everyBmpCharacterAloneIsConvertedAsByIcu() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            assertSameAsIcu(s);
            String r = icuSimplified(s);
            assertEquals(r.length() == 1 ? r.charAt(0) : (char) c, TextNormalizer.toSimplified((char) c));
        }
    }

    @Test
    void phrasesJamoMarksAndSupplementaryCharactersAreConvertedAsByIcu() {
        String[] texts = {
            "他說甚麼？幹甚麼都行", "計畫經濟與計畫生育", "扭轉乾坤，乾杯", "沈默是金，沈先生", "著作權與著名作家",
            "頭髮和理髮", "憑藉彷彿", "简体与繁體混排：发展與發展", "內裡外裡，内裡",
            "Đường phố Hà Nội", "Tiếng Việt có dấu", "Tie\u0302\u0301ng Vie\u0323\u0302t", "a\u0323\u0301 a\u0301\u0323",
            "\u0301đầu", "Ðđ", "Å\u212B", "ΐ ǅ ﬁ",
            "\u1100\u1161\u11A8", "\uAC00\u11A8", "한국어 \u1112\u1161\u11AB", "\u3131\u314F",
            "\u0BC6\u0BBE \u0B95\u0BCA", "\u0928\u093F\u0939\u093E\u0902", "\u302E\u302F",
            "𠀀𠀁 漢字 😀", "\uD800", "a\uDC00b", "\uF900\uFA0E\uFA10", "ｶﾞｷﾞ", "",
        };
        for (String s : texts) {
            assertSameAsIcu(s);
            assertSameAsIcu(Normalizer.normalize(s, Normalizer.Form.NFD));
        }
    }

    @Test
    void randomMixturesAreConvertedAsByIcu() {
        String pool = "甚麼幹單乾坤畫計劃畫著作沈默藉彷彿髮發头頭裡内內一中人大了于後后複\u0301\u0302\u0303\u0309\u0323"
                + "aeoudđĐĂăÂâÊêÔôƠơƯưẠạệỆ\u1100\u1161\u11A8\uAC00\u0BC6\u0BBE\u302E 、。\uD840\uDC00";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertSameAsIcu(b.toString());
        }
    }

    @Test
    void corpusAndFixtureTextsAreConvertedAsByIcu() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"corpus", "src/test/resources/fixtures"}) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        if (files.size() < 10) {
            fail("expected the seed articles and fixtures, found " + files);
        }
        ArticleReader reader = STAGES.reader();
        for (Path file : files) {
            String text = file.toString().matches(".*\\.(txt|html|pdf|docx)")
                    ? reader.read(file).text()
                    : new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            List<String> texts = new ArrayList<>(List.of(text.split("\n")));
            texts.addAll(List.of(text, TextNormalizer.nfkc(text).text(), Normalizer.normalize(text, Normalizer.Form.NFD)));
            texts.forEach(TextNormalizerTest::assertSameAsIcu);
        }
    }
}
