package org.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseAnnotatorTest {

    @Test
    void tokensCarryOriginalOffsetsTagsAndEntities() {
        String text = "前言。黄仁勋表示，英伟达的芯片需求很高。";
        long before = ChineseAnnotator.charsAnnotated();
        List<Token> tokens = ChineseAnnotator.annotate(text, 3, text.length());
        assertEquals(text.length() - 3, ChineseAnnotator.charsAnnotated() - before);
        for (Token t : tokens) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
        }
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("黄仁勋") && t.isProperNoun() && "PERSON".equals(t.ner())),
                tokens.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("表示") && "VV".equals(t.pos())), tokens.toString());
        assertTrue(ChineseAnnotator.loadMillis() > 0);
    }

    @Test
    void traditionalTextIsTaggedThroughSimplifiedButKeepsItsCharacters() {
        String text = "蘋果公司表示，營收下滑。";
        List<Token> tokens = ChineseAnnotator.annotate(text, 0, text.length());
        assertEquals(text, String.join("", tokens.stream().map(Token::word).toList()));
        assertTrue(tokens.stream().anyMatch(t -> t.word().startsWith("蘋果")), tokens.toString());
    }

    @Test
    void aRepeatedSpanIsAnnotatedOnceInEitherScript() {
        String simplified = "据报道，台积电去年营收增长两成。";
        String traditional = "據報道，台積電去年營收增長兩成。";
        List<Token> first = ChineseAnnotator.annotate("。" + simplified, 1, simplified.length() + 1);
        long annotated = ChineseAnnotator.charsAnnotated();
        long remembered = ChineseAnnotator.charsRemembered();
        List<Token> again = ChineseAnnotator.annotate(traditional, 0, traditional.length());
        assertEquals(annotated, ChineseAnnotator.charsAnnotated());
        assertEquals(traditional.length(), ChineseAnnotator.charsRemembered() - remembered);
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
        List<List<Token>> together = ChineseAnnotator.annotate(text, spans);
        ChineseAnnotator.forgetSpans();
        for (int k = 0; k < spans.size(); k++) {
            assertEquals(ChineseAnnotator.annotate(text, spans.get(k)[0], spans.get(k)[1]), together.get(k));
            ChineseAnnotator.forgetSpans();
        }
        assertTrue(together.get(2).stream().anyMatch(t -> t.word().startsWith("腾讯") && !"O".equals(t.ner())), together.toString());
    }
}
