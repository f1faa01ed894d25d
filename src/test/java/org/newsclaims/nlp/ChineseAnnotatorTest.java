package org.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseAnnotatorTest {

    private static final ChineseAnnotator ANNOTATOR = STAGES.annotator();

    @Test
    void tokensCarryOriginalOffsetsTagsAndEntities() {
        String text = "前言。黄仁勋表示，英伟达的芯片需求很高。";
        ChineseAnnotator.Statistics before = ANNOTATOR.statistics();
        List<Token> tokens = ANNOTATOR.annotate(text, 3, text.length());
        assertEquals(text.length() - 3, ANNOTATOR.statistics().since(before).chars());
        assertEquals(1, ANNOTATOR.statistics().since(before).spans());
        for (Token t : tokens) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
        }
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("黄仁勋") && t.isProperNoun() && "PERSON".equals(t.ner())),
                tokens.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("表示") && "VV".equals(t.pos())), tokens.toString());
        // loaded: 0 ms when an annotator of an earlier test loaded CoreNLP's pooled models
        assertTrue(ANNOTATOR.loadMillis() >= 0);
    }

    @Test
    void traditionalTextIsTaggedThroughSimplifiedButKeepsItsCharacters() {
        String text = "蘋果公司表示，營收下滑。";
        List<Token> tokens = ANNOTATOR.annotate(text, 0, text.length());
        assertEquals(text, String.join("", tokens.stream().map(Token::word).toList()));
        assertTrue(tokens.stream().anyMatch(t -> t.word().startsWith("蘋果")), tokens.toString());
    }

    @Test
    void aRepeatedSpanIsAnnotatedOnceInEitherScript() {
        String simplified = "据报道，台积电去年营收增长两成。";
        String traditional = "據報道，台積電去年營收增長兩成。";
        List<Token> first = ANNOTATOR.annotate("。" + simplified, 1, simplified.length() + 1);
        ChineseAnnotator.Statistics before = ANNOTATOR.statistics();
        List<Token> again = ANNOTATOR.annotate(traditional, 0, traditional.length());
        assertEquals(0, ANNOTATOR.statistics().since(before).chars());
        assertEquals(traditional.length(), ANNOTATOR.statistics().since(before).rememberedChars());
        assertEquals(first.size(), again.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).start() - 1, again.get(i).start());
            assertEquals(first.get(i).pos(), again.get(i).pos());
            assertEquals(again.get(i).word(), traditional.substring(again.get(i).start(), again.get(i).end()));
        }
    }

    @Test
    void spansAnnotatedInOneCallGetTheTokensOfSeparateCalls() {
        String text = "小米集团表示，公司第三季度营收增长。腾讯控股的广告收入下降，阿里巴巴则回购股票。";
        List<int[]> spans = List.of(new int[] {0, 4}, new int[] {7, 17}, new int[] {18, 28}, new int[] {29, 39});
        ChineseAnnotator annotator = new ChineseAnnotator();
        List<List<Token>> together = annotator.annotate(text, spans);
        for (int k = 0; k < spans.size(); k++) {
            ChineseAnnotator.Statistics before = annotator.statistics();
            annotator.forgetSpans();
            assertEquals(annotator.annotate(text, spans.get(k)[0], spans.get(k)[1]), together.get(k));
            assertEquals(spans.get(k)[1] - spans.get(k)[0], annotator.statistics().since(before).chars());
        }
        assertTrue(together.get(2).stream().anyMatch(t -> t.word().startsWith("腾讯") && !"O".equals(t.ner())), together.toString());
    }

    @Test
    void eachAnnotatorCountsItsOwnWorkAndRemembersItsOwnSpans() {
        String text = "据报道，比亚迪去年净利润增长八成。";
        ANNOTATOR.annotate(text, 0, text.length());
        ChineseAnnotator other = new ChineseAnnotator();
        assertEquals(new ChineseAnnotator.Statistics(0, 0, 0, 0), other.statistics());
        assertEquals(-1, other.loadMillis());

        List<Token> tokens = other.annotate(text, 0, text.length());

        assertEquals(ANNOTATOR.annotate(text, 0, text.length()), tokens);
        assertEquals(text.length(), other.statistics().chars());
        assertEquals(0, other.statistics().rememberedChars());
        // CoreNLP pools its models: the second pipeline gets the first one's, speed-ups included
        assertEquals(ChineseAnnotator.MODELS, other.modelsWithHashedLookups());
    }
}
