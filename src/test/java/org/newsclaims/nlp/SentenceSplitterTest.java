package org.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(List<Sentence> ss) {
        return ss.stream().map(Sentence::text).toList();
    }

    @Test
    void chineseMarksAndClosingQuotesEndSentences() {
        String t = "他说：“今年会更好。”公司营收增长了。真的吗？是的!";
        List<Sentence> ss = new SentenceSplitter(ULocale.CHINESE).split(t);
        assertEquals(List.of("他说：“今年会更好。”", "公司营收增长了。", "真的吗？", "是的!"), texts(ss));
        for (Sentence s : ss) {
            assertEquals(s.text(), t.substring(s.start(), s.end()));
        }
    }

    @Test
    void newlineIsAHardBreakAndCountsParagraphs() {
        List<Sentence> ss = new SentenceSplitter(ULocale.CHINESE).split("标题没有句号\n\n正文第一句，没有结束\n第二段。");
        assertEquals(List.of("标题没有句号", "正文第一句，没有结束", "第二段。"), texts(ss));
        assertEquals(List.of(0, 1, 2), ss.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void vietnameseSentencesByIcu() {
        List<Sentence> ss = new SentenceSplitter(new ULocale("vi")).split("Theo Reuters, Tesla lỗ 1,5 tỷ USD. Công ty cho biết sẽ cắt giảm chi phí.");
        assertEquals(List.of("Theo Reuters, Tesla lỗ 1,5 tỷ USD.", "Công ty cho biết sẽ cắt giảm chi phí."), texts(ss));
    }

    @Test
    void noSentenceEndsAfterAnAbbreviation() {
        String text = "Giá vàng SJC tại TP. Hồ Chí Minh ở mức 36,24 triệu đồng/lượng. Tại Hà Nội, giá tăng.";
        assertEquals(3, new SentenceSplitter(new ULocale("vi")).split(text).size(), "ICU alone ends one after TP.");
        assertEquals(List.of("Giá vàng SJC tại TP. Hồ Chí Minh ở mức 36,24 triệu đồng/lượng.", "Tại Hà Nội, giá tăng."),
                texts(new SentenceSplitter(new ULocale("vi"), List.of("TP."), List.of()).split(text)));
    }
}
